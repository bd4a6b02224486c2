// verdict: too-slow
// mistake: Writes insertion sort under the name merge sort: O(n²) comparisons.
package io.github.dsalab.exercises.sort;

import java.util.Comparator;

/** Correct (and stable) but slow: insertion sort, O(n²) comparisons. The gate must reject it. */
public final class MergeSort {
  private MergeSort() {}

  public static <T> void sort(T[] values, Comparator<? super T> order) {
    for (int i = 1; i < values.length; i++) {
      T value = values[i];
      int j = i;
      while (j > 0 && order.compare(values[j - 1], value) > 0) {
        values[j] = values[j - 1];
        j--;
      }
      values[j] = value;
    }
  }
}
