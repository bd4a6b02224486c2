// verdict: shortcut
// mistake: Calls dsa-core's QuickSort instead of writing the partition.
package io.github.dsalab.exercises.sort;

import java.util.Comparator;

/** A wrong solution kept for the checker's own tests; see the mistake line above. */
public final class QuickSort {
  private QuickSort() {}

  public static <T> void sort(T[] values, Comparator<? super T> order) {
    io.github.dsalab.sort.QuickSort.sort(values, order);
  }
}
