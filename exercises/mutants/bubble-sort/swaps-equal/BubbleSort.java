// verdict: failing
// mistake: Swaps neighbours that compare equal (>= 0), which makes the sort unstable.
package io.github.dsalab.exercises.sort;

import java.util.Comparator;

/** Reference solution of the bubble sort exercise (the statement is in the stub). */
public final class BubbleSort {
  private BubbleSort() {}

  /**
   * Sorts {@code values} in place, stably.
   *
   * @param values the array to sort
   * @param order the order to sort into
   * @param <T> the type of elements
   */
  public static <T> void sort(T[] values, Comparator<? super T> order) {
    // After each pass the largest remaining element has bubbled to position end - 1.
    for (int end = values.length; end > 1; end--) {
      boolean swapped = false;
      for (int i = 1; i < end; i++) {
        if (order.compare(values[i - 1], values[i]) >= 0) {
          T swap = values[i - 1];
          values[i - 1] = values[i];
          values[i] = swap;
          swapped = true;
        }
      }
      if (!swapped) {
        return;
      }
    }
  }
}
