// verdict: failing
// mistake: Finds each insertion point by scanning the sorted prefix from the left, so sorted input costs n²/2 comparisons.
package io.github.dsalab.exercises.sort;

import java.util.Comparator;

/** Correct (and stable) but not adaptive: finds each insertion point by scanning the whole sorted prefix from the left, n²/2 comparisons even on sorted input. The gate must reject it. */
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
    for (int i = 1; i < values.length; i++) {
      T value = values[i];
      int position = 0;
      for (int j = 0; j < i; j++) {
        if (order.compare(values[j], value) <= 0) {
          position = j + 1;
        }
      }
      System.arraycopy(values, position, values, position + 1, i - position);
      values[position] = value;
    }
  }
}
