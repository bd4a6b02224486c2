package io.github.dsalab.exercises.complexity;

import java.util.List;

/**
 * Exercise (drill, {@code O(n²)}): look at every pair.
 *
 * <p>Return how many pairs of positions {@code i < j} have
 * {@code values.get(i) + values.get(j) == target}.
 *
 * <pre>
 * countPairs([1, 2, 3, 4], 5)  = 2     (1+4, 2+3)
 * countPairs([2, 2, 2], 4)     = 3     (three pairs of positions)
 * countPairs([], 0)            = 0
 * </pre>
 *
 * <p>Expected cost: {@code O(n²)}: two nested loops, i over all positions and j over the ones
 * after it. (A faster answer is welcome too; something slower, such as walking the list from
 * the start to reach each element, does not pass.) The checker counts list reads.
 */
public final class PairSums {
  private PairSums() {}

  /**
   * Counts pairs of positions whose values add up to {@code target}.
   *
   * @param values the values
   * @param target the sum to look for
   * @return the number of pairs {@code i < j} with {@code values[i] + values[j] == target}
   */
  public static long countPairs(List<Integer> values, int target) {
    throw new UnsupportedOperationException("TODO: two nested loops");
  }
}
