package io.github.dsalab.exercises.sort;

import java.util.Comparator;

/**
 * Exercise: selection sort.
 *
 * <p>Sort {@code values} in place into ascending order according to {@code order} by selection
 * sort: for each position i from the left, find the smallest element of {@code values[i..]} and
 * swap it into position i.
 *
 * <pre>
 * sort([5, 2, 9, 1, 5, 6])  leaves [1, 2, 5, 5, 6, 9]
 * sort([])                   leaves []
 * </pre>
 *
 * <p>Expected cost: {@code O(n²)} comparisons on every input (n(n-1)/2 exactly), at most n - 1
 * swaps. Something slower, such as re-checking each candidate against all the others, does not
 * pass. Compare only through {@code order.compare}: the checker counts the calls.
 * Do not use {@code Arrays.sort}, {@code Arrays.parallelSort}, {@code List.sort},
 * {@code Collections.sort} or {@code Stream.sorted}: this exercise asks you to write the sort.
 */
public final class SelectionSort {
  private SelectionSort() {}

  /**
   * Sorts {@code values} in place.
   *
   * @param values the array to sort
   * @param order the order to sort into
   * @param <T> the type of elements
   */
  public static <T> void sort(T[] values, Comparator<? super T> order) {
    throw new UnsupportedOperationException("TODO: selection sort values");
  }
}
