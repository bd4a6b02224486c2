package io.github.dsalab.exercises.sort;

import java.util.Comparator;

/**
 * Exercise: quick sort.
 *
 * <p>Sort {@code values} in place into ascending order according to {@code order} by quick sort:
 * pick a pivot, partition the range into smaller / equal / larger, sort the parts. The stress
 * tests (run after the complexity gate) sort 200,000 already sorted elements and 200,000 equal
 * elements: a first-element pivot or a two-way partition makes those {@code O(n²)}, and deep
 * recursion overflows the stack.
 *
 * <pre>
 * sort([5, 2, 9, 1, 5, 6])  leaves [1, 2, 5, 5, 6, 9]
 * sort([])                   leaves []
 * </pre>
 *
 * <p>Expected cost: {@code O(n log n)} comparisons on average, {@code O(log n)} stack depth if
 * you recurse into the smaller part and loop on the larger. The checker counts comparisons on
 * shuffled, sorted, reversed, few-distinct and all-equal input, and on an input that an
 * adversary builds while watching your comparisons; an {@code O(n²)} sort on any of them does
 * not pass. A pivot the input can foresee (the first or middle element, the median of three, a
 * {@code Random} with a fixed seed) is {@code O(n²)} on the adversary's input: pick it at random.
 * Do not use {@code Arrays.sort}, {@code Arrays.parallelSort}, {@code List.sort},
 * {@code Collections.sort} or {@code Stream.sorted}: this exercise asks you to write the sort.
 */
public final class QuickSort {
  private QuickSort() {}

  /**
   * Sorts {@code values} in place.
   *
   * @param values the array to sort
   * @param order the order to sort into
   * @param <T> the type of elements
   */
  public static <T> void sort(T[] values, Comparator<? super T> order) {
    throw new UnsupportedOperationException("TODO: quick sort values");
  }
}
