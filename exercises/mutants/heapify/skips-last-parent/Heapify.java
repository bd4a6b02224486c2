// verdict: failing
// mistake: Starts at size / 2 - 2, one parent too late, so the last parent is never sifted.
package io.github.dsalab.exercises.heap;

import java.util.Comparator;

/** Reference solution of the heapify exercise (the statement is in the stub). */
public final class Heapify {
  private Heapify() {}

  /**
   * Rearranges {@code values} into a min-heap.
   *
   * @param values the elements
   * @param order the order
   * @param <T> the type of elements
   */
  public static <T> void heapify(T[] values, Comparator<? super T> order) {
    int size = values.length;
    // Leaves are heaps already. Each parent, taken bottom-up, has two heaps as children, so one
    // sift-down makes its subtree a heap. Total work: sum over levels of (nodes × height) = O(n).
    for (int i = size / 2 - 2; i >= 0; i--) {
      int index = i;
      T value = values[index];
      while (2 * index + 1 < size) {
        int child = 2 * index + 1;
        if (child + 1 < size && order.compare(values[child + 1], values[child]) < 0) {
          child++;
        }
        if (order.compare(values[child], value) >= 0) {
          break;
        }
        values[index] = values[child];
        index = child;
      }
      values[index] = value;
    }
  }
}
