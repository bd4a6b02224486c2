package io.github.dsalab.exercises.sort;

import java.util.Comparator;

/**
 * Exercise: heap sort.
 *
 * <p>Sort {@code values} in place into ascending order according to {@code order} by heap sort:
 * arrange the array as a binary max-heap (children of i at 2i + 1 and 2i + 2), then repeatedly
 * swap the maximum (the root) to the end of the unsorted part and sift the new root down.
 *
 * <pre>
 * sort([5, 2, 9, 1, 5, 6])  leaves [1, 2, 5, 5, 6, 9]
 * sort([])                   leaves []
 * </pre>
 *
 * <p>Expected cost: {@code O(n log n)} comparisons in every case, {@code O(1)} extra space. An
 * {@code O(n²)} sort does not pass. Compare only through {@code order.compare}.
 * Do not use {@code Arrays.sort}, {@code Arrays.parallelSort}, {@code List.sort},
 * {@code Collections.sort}, {@code Stream.sorted} or {@code PriorityQueue}: this exercise asks you
 * to write the heap.
 */
public final class HeapSort {
  private HeapSort() {}

  /**
   * Sorts {@code values} in place.
   *
   * @param values the array to sort
   * @param order the order to sort into
   * @param <T> the type of elements
   */
  public static <T> void sort(T[] values, Comparator<? super T> order) {
    throw new UnsupportedOperationException("TODO: heap sort values");
  }
}
