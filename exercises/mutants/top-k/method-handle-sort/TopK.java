// verdict: shortcut
// mistake: Sorts a copy through a method handle to Collections.sort and takes the first k.
package io.github.dsalab.exercises.heap;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/** A wrong solution kept for the checker's own tests; see the mistake line above. */
public final class TopK {
  private TopK() {}

  public static <T> List<T> topK(List<T> values, int k, Comparator<? super T> order) {
    if (k < 0) {
      throw new IllegalArgumentException("k = " + k + " is negative");
    }
    List<T> copy = new ArrayList<>(values);
    try {
      MethodHandle sort = MethodHandles.publicLookup().findStatic(Collections.class, "sort",
          MethodType.methodType(void.class, List.class, Comparator.class));
      sort.invoke(copy, order.reversed());
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
    return new ArrayList<>(copy.subList(0, Math.min(k, copy.size())));
  }
}
