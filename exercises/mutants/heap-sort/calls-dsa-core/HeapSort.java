// verdict: shortcut
// mistake: Calls dsa-core's HeapSort instead of writing the heap.
package io.github.dsalab.exercises.sort;

import java.util.Comparator;

/** A wrong solution kept for the checker's own tests; see the mistake line above. */
public final class HeapSort {
  private HeapSort() {}

  public static <T> void sort(T[] values, Comparator<? super T> order) {
    io.github.dsalab.sort.HeapSort.sort(values, order);
  }
}
