// verdict: failing
// mistake: Scans the sorted part from the left, so sorted input still costs n²/2 comparisons.
// gate: promise
// Finds each element's place by scanning from the left of the sorted part: correct and stable,
// but i comparisons for element i even when the input is already sorted, so not adaptive.
package io.github.dsalab.exercises.sort;

import java.util.Comparator;

public final class InsertionSort {
  private InsertionSort() {}

  public static <T> void sort(T[] values, Comparator<? super T> order) {
    for (int i = 1; i < values.length; i++) {
      T value = values[i];
      int place = 0;
      while (place < i && order.compare(values[place], value) <= 0) {
        place++;
      }
      System.arraycopy(values, place, values, place + 1, i - place);
      values[place] = value;
    }
  }
}
