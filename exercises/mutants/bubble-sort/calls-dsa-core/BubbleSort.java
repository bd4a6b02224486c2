// verdict: shortcut
// mistake: Calls dsa-core's BubbleSort instead of writing the passes.
package io.github.dsalab.exercises.sort;

import java.util.Comparator;

/** A wrong solution kept for the checker's own tests; see the mistake line above. */
public final class BubbleSort {
  private BubbleSort() {}

  public static <T> void sort(T[] values, Comparator<? super T> order) {
    io.github.dsalab.sort.BubbleSort.sort(values, order);
  }
}
