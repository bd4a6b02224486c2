// verdict: too-slow
// mistake: Rebuilds the whole heap bottom-up after each change instead of sifting one path: O(n).
package io.github.dsalab.exercises.heap;

import java.util.Comparator;

/** Correct but slow: both moves rebuild the whole heap bottom-up, O(n). The gate must reject it. */
public final class HeapSift {
  private HeapSift() {}

  public static <T> void siftUp(T[] heap, int index, Comparator<? super T> order) {
    rebuild(heap, index + 1, order);
  }

  public static <T> void siftDown(T[] heap, int index, int size, Comparator<? super T> order) {
    rebuild(heap, size, order);
  }

  private static <T> void rebuild(T[] heap, int size, Comparator<? super T> order) {
    for (int i = size / 2 - 1; i >= 0; i--) {
      int index = i;
      T value = heap[index];
      while (2 * index + 1 < size) {
        int child = 2 * index + 1;
        if (child + 1 < size && order.compare(heap[child + 1], heap[child]) < 0) {
          child++;
        }
        if (order.compare(heap[child], value) >= 0) {
          break;
        }
        heap[index] = heap[child];
        index = child;
      }
      heap[index] = value;
    }
  }
}
