// verdict: shortcut
// mistake: Calls dsa-core's InsertionSort instead of writing the insertions.
package io.github.dsalab.exercises.sort;

import java.util.Comparator;

/** A wrong solution kept for the checker's own tests; see the mistake line above. */
public final class InsertionSort {
  private InsertionSort() {}

  public static <T> void sort(T[] values, Comparator<? super T> order) {
    io.github.dsalab.sort.InsertionSort.sort(values, order);
  }
}
