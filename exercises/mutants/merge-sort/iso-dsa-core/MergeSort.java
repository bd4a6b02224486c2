// verdict: shortcut
// mistake: Calls dsa-core's own MergeSort instead of writing it.
package io.github.dsalab.exercises.sort;

import java.util.Comparator;

/** A learner's attempt: calls dsa-core's own merge sort. */
public final class MergeSort {
  private MergeSort() {}

  public static <T> void sort(T[] values, Comparator<? super T> order) {
    io.github.dsalab.sort.MergeSort.sort(values, order);
  }
}
