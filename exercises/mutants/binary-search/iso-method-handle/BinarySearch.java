// verdict: shortcut
// mistake: Calls Arrays.binarySearch through a method handle to hide the shortcut.
package io.github.dsalab.exercises.search;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Comparator;
import java.util.OptionalInt;

/** A learner's attempt: reaches the JDK's binary search through a method handle. */
public final class BinarySearch {
  private BinarySearch() {}

  public static <T> OptionalInt indexOf(T[] sorted, T key, Comparator<? super T> order) {
    try {
      MethodHandle search = MethodHandles.lookup().findStatic(java.util.Arrays.class, "binarySearch",
          MethodType.methodType(int.class, Object[].class, Object.class, Comparator.class));
      int index = (int) search.invoke(sorted, key, order);
      return index < 0 ? OptionalInt.empty() : OptionalInt.of(index);
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }
}
