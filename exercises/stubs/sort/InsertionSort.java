package io.github.dsalab.exercises.sort;

import java.util.Comparator;

/**
 * Exercise: insertion sort.
 *
 * <p>Sort {@code values} in place into ascending order according to {@code order} by insertion
 * sort: grow a sorted prefix one element at a time, shifting larger elements one place right to
 * make room for the next one. Keep equal elements in their original order.
 *
 * <pre>
 * sort([5, 2, 9, 1, 5, 6])  leaves [1, 2, 5, 5, 6, 9]
 * sort([])                   leaves []
 * </pre>
 *
 * <p>Expected cost: {@code O(n²)} comparisons in the worst case (reversed input), but {@code O(n)}
 * on sorted input, where each new element is compared once and stays put: insertion sort is
 * <em>adaptive</em>. The checker counts comparisons on sorted input.
 * Do not use {@code Arrays.sort}, {@code Arrays.parallelSort}, {@code List.sort},
 * {@code Collections.sort} or {@code Stream.sorted}: this exercise asks you to write the sort.
 */
public final class InsertionSort {
  private InsertionSort() {}

  /**
   * Sorts {@code values} in place.
   *
   * @param values the array to sort
   * @param order the order to sort into
   * @param <T> the type of elements
   */
  public static <T> void sort(T[] values, Comparator<? super T> order) {
    throw new UnsupportedOperationException("TODO: insertion sort values");
  }
}
