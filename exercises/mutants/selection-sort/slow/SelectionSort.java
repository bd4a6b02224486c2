// verdict: failing
// mistake: Finds each minimum by checking every candidate against all others: O(n³).
package io.github.dsalab.exercises.sort;

import java.util.Comparator;

/** Correct but slow: finds each minimum by checking every candidate against all others, O(n³). The gate must reject it. */
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
    for (int i = 0; i < values.length - 1; i++) {
      int smallest = i;
      for (int candidate = i; candidate < values.length; candidate++) {
        boolean isSmallest = true;
        for (int other = i; other < values.length; other++) {
          if (order.compare(values[other], values[candidate]) < 0) {
            isSmallest = false;
          }
        }
        if (isSmallest) {
          smallest = candidate;
          break;
        }
      }
      T swap = values[i];
      values[i] = values[smallest];
      values[smallest] = swap;
    }
  }
}
