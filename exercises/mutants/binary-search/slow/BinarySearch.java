// verdict: too-slow
// mistake: Scans the array from the left instead of halving the interval: correct, but O(n) comparisons.
package io.github.dsalab.exercises.search;

import java.util.Comparator;
import java.util.OptionalInt;

/** Correct but slow: a linear scan, O(n) comparisons. The gate must reject it. */
public final class BinarySearch {
  private BinarySearch() {}

  public static <T> OptionalInt indexOf(T[] sorted, T key, Comparator<? super T> order) {
    for (int i = 0; i < sorted.length; i++) {
      if (order.compare(sorted[i], key) == 0) {
        return OptionalInt.of(i);
      }
    }
    return OptionalInt.empty();
  }
}
