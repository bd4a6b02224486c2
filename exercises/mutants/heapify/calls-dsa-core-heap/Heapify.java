// verdict: shortcut
// mistake: Pours the values through dsa-core's BinaryHeap instead of sifting in place.
package io.github.dsalab.exercises.heap;

import io.github.dsalab.heap.BinaryHeap;
import java.util.Arrays;
import java.util.Comparator;

/** A wrong solution kept for the checker's own tests; see the mistake line above. */
public final class Heapify {
  private Heapify() {}

  public static <T> void heapify(T[] values, Comparator<? super T> order) {
    BinaryHeap<T> heap = new BinaryHeap<>(Arrays.asList(values), order);
    for (int i = 0; i < values.length; i++) {
      values[i] = heap.poll();
    }
  }
}
