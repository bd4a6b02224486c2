// verdict: failing
// mistake: Shifts elements that compare equal (>= 0), which makes the sort unstable.
package io.github.dsalab.exercises.sort;

import java.util.Comparator;

/** Reference solution of the insertion sort exercise (the statement is in the stub). */
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
    // Invariant: values[0, i) is sorted. On sorted input the inner loop stops after one compare.
    for (int i = 1; i < values.length; i++) {
      T value = values[i];
      int j = i;
      while (j > 0 && order.compare(values[j - 1], value) >= 0) {
        values[j] = values[j - 1];
        j--;
      }
      values[j] = value;
    }
  }
}
