// verdict: shortcut
// mistake: Calls dsa-core's SelectionSort instead of writing the selection.
package io.github.dsalab.exercises.sort;

import java.util.Comparator;

/** A wrong solution kept for the checker's own tests; see the mistake line above. */
public final class SelectionSort {
  private SelectionSort() {}

  public static <T> void sort(T[] values, Comparator<? super T> order) {
    io.github.dsalab.sort.SelectionSort.sort(values, order);
  }
}
