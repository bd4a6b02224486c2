// verdict: shortcut
// mistake: Calls dsa-core's MergeSort instead of writing the merge.
package io.github.dsalab.exercises.sort;

import java.util.Comparator;

/** A wrong solution kept for the checker's own tests; see the mistake line above. */
public final class MergeSort {
  private MergeSort() {}

  public static <T> void sort(T[] values, Comparator<? super T> order) {
    io.github.dsalab.sort.MergeSort.sort(values, order);
  }
}
