// verdict: shortcut
// mistake: Sorts through java.util.PriorityQueue instead of building the heap in the array.
package io.github.dsalab.exercises.sort;

import java.util.Comparator;
import java.util.PriorityQueue;

/** A learner's attempt: lets the JDK's heap do the work. */
public final class HeapSort {
  private HeapSort() {}

  public static <T> void sort(T[] values, Comparator<? super T> order) {
    PriorityQueue<T> heap = new PriorityQueue<>(Math.max(1, values.length), order);
    for (T value : values) {
      heap.add(value);
    }
    for (int i = 0; i < values.length; i++) {
      values[i] = heap.poll();
    }
  }
}
