package io.github.dsalab.exercises.complexity;

import java.util.List;

/**
 * Exercise (drill, {@code O(2ⁿ)}): look at every subset.
 *
 * <p>Return how many subsets of positions of {@code values} (including the empty one) have a sum
 * equal to {@code target}. There are 2ⁿ subsets of n positions: try them all, for example with
 * the bits of a counter from 0 to 2ⁿ − 1, or by deciding "take it or leave it" for each
 * position in turn. n is at most 20.
 *
 * <pre>
 * countSubsets([1, 2, 3], 3)  = 2    ({1, 2} and {3})
 * countSubsets([1, 2, 3], 0)  = 1    (the empty subset)
 * countSubsets([2, 2], 2)     = 2    (either 2: positions, not values)
 * </pre>
 *
 * <p>Expected cost: {@code O(2ⁿ)} (up to a factor n). Going through every ordering instead of
 * every subset is {@code O(n!)} and does not pass. The checker counts list reads.
 */
public final class SubsetSums {
  private SubsetSums() {}

  /**
   * Counts the subsets of positions whose values add up to {@code target}.
   *
   * @param values at most 20 values
   * @param target the sum to look for
   * @return the number of such subsets
   */
  public static long countSubsets(List<Integer> values, int target) {
    throw new UnsupportedOperationException("TODO: try every subset");
  }
}
