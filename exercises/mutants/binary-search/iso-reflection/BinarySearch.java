// verdict: shortcut
// mistake: Calls a library search through reflection to hide the shortcut.
package io.github.dsalab.exercises.search;

import java.util.Comparator;
import java.util.OptionalInt;

/** A learner's attempt: reaches the JDK's binary search through reflection. */
public final class BinarySearch {
  private BinarySearch() {}

  public static <T> OptionalInt indexOf(T[] sorted, T key, Comparator<? super T> order) {
    try {
      Object found = Class.forName("java.util.Arrays").getMethod("binarySearch", Object[].class, Object.class, Comparator.class)
          .invoke(null, sorted, key, order);
      int index = (Integer) found;
      return index < 0 ? OptionalInt.empty() : OptionalInt.of(index);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
