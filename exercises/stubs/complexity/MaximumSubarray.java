package io.github.dsalab.exercises.complexity;

import java.util.List;
import java.util.NoSuchElementException;

/**
 * Exercise (drill, {@code O(n)}): the largest sum of a contiguous run, in one linear scan.
 *
 * <p>Return the largest sum of a non-empty contiguous sub-list of {@code values}. Throw
 * {@link NoSuchElementException} for an empty list. Sums fit in a {@code long}.
 *
 * <pre>
 * maxSum([-2, 1, -3, 4, -1, 2, 1, -5, 4]) = 6      (4, -1, 2, 1)
 * maxSum([-3, -1, -2])                    = -1     (just -1)
 * maxSum([5])                             = 5
 * </pre>
 *
 * <p>Expected cost: {@code O(n)}, each element read a constant number of times. Trying every
 * (start, end) pair is {@code O(n²)} and does not pass. The checker counts list reads.
 */
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
    throw new UnsupportedOperationException("TODO: one pass over values");
  }
}
