package io.github.dsalab.exercises.complexity;

import java.util.List;

/**
 * Exercise (drill, {@code O(n³)}): look at every triple.
 *
 * <p>Return how many triples of positions {@code i < j < k} have values adding up to 0.
 *
 * <pre>
 * countTriples([-1, 0, 1, 2, -1, -4]) = 3    (positions 0,1,2 and 1,2,4 and 0,3,4)
 * countTriples([0, 0, 0, 0])          = 4
 * countTriples([1, 2])                = 0
 * </pre>
 *
 * <p>Expected cost: {@code O(n³)}: three nested loops. (Faster is welcome; slower does not
 * pass.) The checker counts list reads.
 */
public final class ZeroSumTriples {
  private ZeroSumTriples() {}

  /**
   * Counts triples of positions whose values add up to 0.
   *
   * @param values the values
   * @return the number of triples {@code i < j < k} with a zero sum
   */
  public static long countTriples(List<Integer> values) {
    throw new UnsupportedOperationException("TODO: three nested loops");
  }
}
