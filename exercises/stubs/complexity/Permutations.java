package io.github.dsalab.exercises.complexity;

import java.util.List;

/**
 * Exercise (drill, {@code O(n!)}): every ordering.
 *
 * <p>Return all orderings (permutations) of {@code items}, which are distinct, each as a new
 * list; in any order, each exactly once. There are n! of them: 3! = 6, 10! = 3,628,800.
 *
 * <pre>
 * permutations([1, 2, 3]) = [[1, 2, 3], [1, 3, 2], [2, 1, 3], [2, 3, 1], [3, 1, 2], [3, 2, 1]]
 * permutations([])        = [[]]       (one way to order nothing)
 * </pre>
 *
 * <p>Expected cost: {@code O(n · n!)} time and space, which is the size of the answer.
 * Nothing grows faster in the lab's classes, so this drill has no complexity gate: watch
 * the output explode instead (n = 12 already has 479 million orderings).
 */
public final class Permutations {
  private Permutations() {}

  /**
   * Returns every ordering of {@code items}.
   *
   * @param items distinct items
   * @param <T> the type of items
   * @return the n! orderings, each a new list
   */
  public static <T> List<List<T>> permutations(List<T> items) {
    throw new UnsupportedOperationException("TODO: choose each item first, then order the rest");
  }
}
