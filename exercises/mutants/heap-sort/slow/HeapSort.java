// verdict: too-slow
// mistake: Writes selection sort under the name heap sort: O(n²).
package io.github.dsalab.exercises.sort;

import java.util.Comparator;

/** Correct but slow: selection sort, O(n²). The gate must reject it. */
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
    // Invariant: values[0, i) holds the i smallest elements, in order.
    for (int i = 0; i < values.length - 1; i++) {
      int smallest = i;
      for (int j = i + 1; j < values.length; j++) {
        if (order.compare(values[j], values[smallest]) < 0) {
          smallest = j;
        }
      }
      T swap = values[i];
      values[i] = values[smallest];
      values[smallest] = swap;
    }
  }
}
