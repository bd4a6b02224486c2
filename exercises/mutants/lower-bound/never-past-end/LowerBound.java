// verdict: failing
// mistake: Starts high at length - 1, so a key above every element cannot get the answer length.
package io.github.dsalab.exercises.search;

import java.util.Comparator;

/** Reference solution of the lower bound exercise (the statement is in the stub). */
public final class LowerBound {
  private LowerBound() {}

  /**
   * Returns the first index whose element is at least {@code key}.
   *
   * @param sorted elements in ascending order (duplicates allowed)
   * @param key the key
   * @param order the order {@code sorted} is in
   * @param <T> the type of elements
   * @return an index from 0 to {@code sorted.length}
   */
  public static <T> int lowerBound(T[] sorted, T key, Comparator<? super T> order) {
    // Invariant: sorted[0, low) < key <= sorted[high, n).
    int low = 0;
    int high = Math.max(0, sorted.length - 1);
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (order.compare(sorted[middle], key) < 0) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }
}
