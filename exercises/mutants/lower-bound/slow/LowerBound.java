// verdict: too-slow
// mistake: Scans from the left for the first element not below the key: O(n).
package io.github.dsalab.exercises.search;

import java.util.Comparator;

/** Correct but slow: a linear scan, O(n). The gate must reject it. */
public final class LowerBound {
  private LowerBound() {}

  public static <T> int lowerBound(T[] sorted, T key, Comparator<? super T> order) {
    int i = 0;
    while (i < sorted.length && order.compare(sorted[i], key) < 0) {
      i++;
    }
    return i;
  }
}
