// verdict: shortcut
// mistake: Hands the sort to java.util.Arrays.sort.
package io.github.dsalab.exercises.sort;

import java.util.Arrays;
import java.util.Comparator;

/** A learner's attempt: lets the JDK sort. */
public final class MergeSort {
  private MergeSort() {}

  public static <T> void sort(T[] values, Comparator<? super T> order) {
    Arrays.sort(values, order);
  }
}
