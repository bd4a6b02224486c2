package io.github.dsalab.exercises.heap;

import java.util.Comparator;

/**
 * Exercise: heapify, building a binary min-heap in linear time.
 *
 * <p>Rearrange {@code values} in place into a min-heap by {@code order}: for every index
 * {@code i}, neither child ({@code 2i + 1}, {@code 2i + 2}) is smaller than {@code values[i]}.
 *
 * <pre>
 * heapify([5, 3, 8, 1, 9, 2]) gives a heap such as [1, 3, 2, 5, 9, 8]
 * </pre>
 *
 * <p>Expected cost: {@code O(n)} comparisons. Adding the elements one by one with sift-up is
 * {@code O(n log n)} (on descending input each one climbs to the root) and does not pass.
 * Sifting down from the last parent back to the root is {@code O(n)}: most nodes are near the
 * bottom and move only a little.
 * Do not use {@code PriorityQueue}: this exercise asks you to build the heap yourself.
 */
public final class Heapify {
  private Heapify() {}

  /**
   * Rearranges {@code values} into a min-heap.
   *
   * @param values the elements
   * @param order the order
   * @param <T> the type of elements
   */
  public static <T> void heapify(T[] values, Comparator<? super T> order) {
    throw new UnsupportedOperationException("TODO: sift down every parent, last one first");
  }
}
