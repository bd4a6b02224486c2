// verdict: too-slow
// mistake: Scans the rotated array from the left: O(n).
package io.github.dsalab.exercises.search;

import java.util.Comparator;
import java.util.OptionalInt;

/** Correct but slow: a linear scan, O(n). The gate must reject it. */
public final class RotatedSearch {
  private RotatedSearch() {}

  public static <T> OptionalInt indexOf(T[] rotated, T key, Comparator<? super T> order) {
    for (int i = 0; i < rotated.length; i++) {
      if (order.compare(rotated[i], key) == 0) {
        return OptionalInt.of(i);
      }
    }
    return OptionalInt.empty();
  }
}
