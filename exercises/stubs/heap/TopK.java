package io.github.dsalab.exercises.heap;

import java.util.Comparator;
import java.util.List;

/**
 * Exercise: the k largest elements, with a heap of size k.
 *
 * <p>Return the {@code k} largest elements of {@code values} (by {@code order}), largest first.
 * If there are fewer than {@code k} elements, return them all, largest first. Throw
 * {@link IllegalArgumentException} for a negative {@code k}. Do not modify {@code values}.
 *
 * <pre>
 * topK([5, 1, 9, 3, 7], 2) = [9, 7]
 * topK([5, 1], 3)          = [5, 1]
 * topK([4, 4, 2], 2)       = [4, 4]
 * </pre>
 *
 * <p>Expected cost: {@code O(n log k)} comparisons: keep the k largest seen so far in a min-heap
 * ({@link java.util.PriorityQueue} built with {@code order}), so its root is the one to beat.
 * With k fixed that is {@code O(n)}; sorting everything is {@code O(n log n)} and does not pass.
 */
public final class TopK {
  private TopK() {}

  /**
   * Returns the k largest elements, largest first.
   *
   * @param values the elements (not modified)
   * @param k how many to return, 0 or more
   * @param order the order
   * @param <T> the type of elements
   * @return a new list of {@code min(k, values.size())} elements, largest first
   * @throws IllegalArgumentException if {@code k} is negative
   */
  public static <T> List<T> topK(List<T> values, int k, Comparator<? super T> order) {
    throw new UnsupportedOperationException("TODO: keep the k largest in a min-heap");
  }
}
