package io.github.dsalab.exercises.sort;

import java.util.Comparator;

/**
 * Exercise: merge sort.
 *
 * <p>Sort {@code values} in place into ascending order according to {@code order}, by merge
 * sort: sort the left half, sort the right half, merge the two sorted halves. The sort must be
 * stable: elements that compare equal keep their original relative order.
 *
 * <pre>
 * sort([5, 2, 9, 1, 5, 6])  leaves [1, 2, 5, 5, 6, 9]
 * sort([])                   leaves []
 * </pre>
 *
 * <p>Expected cost: {@code O(n log n)} comparisons, {@code O(n)} extra space. Compare only
 * through {@code order.compare}: the checker counts those calls, and an {@code O(n²)} sort does
 * not pass. Do not use {@code Arrays.sort}, {@code Arrays.parallelSort}, {@code List.sort},
 * {@code Collections.sort} or {@code Stream.sorted}: this exercise asks you to write the sort.
 */
public final class MergeSort {
  private MergeSort() {}

  /**
   * Sorts {@code values} in place, stably.
   *
   * @param values the array to sort
   * @param order the order to sort into
   * @param <T> the type of elements
   */
  public static <T> void sort(T[] values, Comparator<? super T> order) {
    throw new UnsupportedOperationException("TODO: merge sort values");
  }
}
