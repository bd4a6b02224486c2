// verdict: failing
// mistake: Lets sift-down go to index size (<= size), so it pulls back elements already in their final place.
package io.github.dsalab.exercises.sort;

import java.util.Comparator;

/** Reference solution of the heap sort exercise (the statement is in the stub). */
public final class HeapSort {
  private HeapSort() {}

  /**
   * Sorts {@code values} in place.
   *
   * @param values the array to sort
   * @param order the order to sort into
   * @param <T> the type of elements
   */
  public static <T> void sort(T[] values, Comparator<? super T> order) {
    int n = values.length;
    // Bottom-up heap construction: O(n) comparisons in all.
    for (int i = n / 2 - 1; i >= 0; i--) {
      siftDown(values, i, n, order);
    }
    // The root is the maximum of values[0, end): move it to end - 1, restore the heap on the rest.
    for (int end = n - 1; end > 0; end--) {
      T swap = values[0];
      values[0] = values[end];
      values[end] = swap;
      siftDown(values, 0, end, order);
    }
  }

  private static <T> void siftDown(T[] heap, int index, int size, Comparator<? super T> order) {
    T value = heap[index];
    while (2 * index + 1 <= size && 2 * index + 1 < heap.length) {
      int child = 2 * index + 1;
      if (child + 1 < size && order.compare(heap[child + 1], heap[child]) > 0) {
        child++;
      }
      if (order.compare(heap[child], value) <= 0) {
        break;
      }
      heap[index] = heap[child];
      index = child;
    }
    heap[index] = value;
  }
}
