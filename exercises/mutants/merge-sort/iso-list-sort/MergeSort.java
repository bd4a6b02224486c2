// verdict: shortcut
// mistake: Sorts through List.sort on a list view of the array.
package io.github.dsalab.exercises.sort;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** A learner's attempt: sorts through a list view of the array. */
public final class MergeSort {
  private MergeSort() {}

  public static <T> void sort(T[] values, Comparator<? super T> order) {
    List<T> view = Arrays.asList(values);
    view.sort(order);
  }
}
