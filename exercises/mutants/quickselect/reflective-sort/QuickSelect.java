// verdict: shortcut
// mistake: Sorts through reflection (dsa-core's QuickSort looked up by name) and reads index k.
package io.github.dsalab.exercises.sort;

import java.lang.reflect.Method;
import java.util.Comparator;
import java.util.Objects;

/** A wrong solution kept for the checker's own tests; see the mistake line above. */
public final class QuickSelect {
  private QuickSelect() {}

  public static <T> T kthSmallest(T[] values, int k, Comparator<? super T> order) {
    Objects.checkIndex(k, values.length);
    try {
      Method sort = Class.forName("io.github.dsalab.sort.QuickSort")
          .getMethod("sort", Object[].class, Comparator.class);
      sort.invoke(null, values, order);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    return values[k];
  }
}
