// verdict: failing
// mistake: Stops the outer loop at length - 2, so the last two elements are never put in order.
package io.github.dsalab.exercises.sort;

import java.util.Comparator;

/** Reference solution of the selection sort exercise (the statement is in the stub). */
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
    // Invariant: values[0, i) holds the i smallest elements, in order.
    for (int i = 0; i < values.length - 2; i++) {
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
