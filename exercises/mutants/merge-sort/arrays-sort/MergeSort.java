// verdict: shortcut
// mistake: Calls Arrays.sort, which the statement asks not to use.
package io.github.dsalab.exercises.sort;

import java.util.Arrays;
import java.util.Comparator;

/** A wrong solution kept for the checker's own tests; see the mistake line above. */
public final class MergeSort {
  private MergeSort() {}

  public static <T> void sort(T[] values, Comparator<? super T> order) {
    Arrays.sort(values, order);
  }
}
