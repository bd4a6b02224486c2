// verdict: too-slow
// mistake: Walks left from a match to the first equal key: O(n) on runs of equal keys.
// gate: equal-runs
// Binary search until a match, then walk left to the first equal element: O(log n) on distinct
// keys, O(n) on runs of equal keys.
package io.github.dsalab.exercises.search;

import java.util.Comparator;

public final class LowerBound {
  private LowerBound() {}

  public static <T> int lowerBound(T[] sorted, T key, Comparator<? super T> order) {
    int low = 0;
    int high = sorted.length;
    while (low < high) {
      int middle = (low + high) >>> 1;
      int c = order.compare(sorted[middle], key);
      if (c == 0) {
        int first = middle;
        while (first > 0 && order.compare(sorted[first - 1], key) == 0) {
          first--;
        }
        return first;
      } else if (c < 0) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }
}
