// verdict: failing
// mistake: Returns 0 for an empty list instead of throwing NoSuchElementException.
package io.github.dsalab.exercises.complexity;

import java.util.List;
import java.util.NoSuchElementException;

/** Reference solution of the maximum subarray drill (Kadane's scan; the statement is in the stub). */
public final class MaximumSubarray {
  private MaximumSubarray() {}

  /**
   * Returns the largest sum of a non-empty contiguous sub-list.
   *
   * @param values the values
   * @return the largest sum
   * @throws NoSuchElementException if {@code values} is empty
   */
  public static long maxSum(List<Integer> values) {
    if (values.isEmpty()) {
      return 0;
    }
    long best = Long.MIN_VALUE;
    // endingHere = the best sum of a run that ends at the current element: either the element
    // alone, or the element appended to the best run ending just before it.
    long endingHere = 0;
    for (int value : values) {
      endingHere = Math.max(value, endingHere + value);
      best = Math.max(best, endingHere);
    }
    return best;
  }
}
