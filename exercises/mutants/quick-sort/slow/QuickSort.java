// verdict: too-slow
// mistake: Always picks the smallest element as pivot (found by a scan), so every partition peels off one element: O(n²).
package io.github.dsalab.exercises.sort;

import java.util.Comparator;

/** Correct but slow: a "quick sort" whose pivot is always the smallest element, found by a scan, so every partition peels off one element: O(n²). The gate must reject it. */
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
    for (int from = 0; from < values.length - 1; from++) {
      int pivot = from;
      for (int i = from + 1; i < values.length; i++) {
        if (order.compare(values[i], values[pivot]) < 0) {
          pivot = i;
        }
      }
      T swap = values[from];
      values[from] = values[pivot];
      values[pivot] = swap;
    }
  }
}
