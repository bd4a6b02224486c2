// verdict: failing
// mistake: Sifts down only while a node has two children, so a last parent with a lone left child is never compared with it.
package io.github.dsalab.exercises.heap;

import java.util.Comparator;

/** Reference solution of the sift-up/sift-down exercise (the statement is in the stub). */
public final class HeapSift {
  private HeapSift() {}

  /**
   * Moves {@code heap[index]} up to its place.
   *
   * @param heap a min-heap in {@code heap[0..index]} except at {@code index}
   * @param index the position of the element to move up
   * @param order the order
   * @param <T> the type of elements
   */
  public static <T> void siftUp(T[] heap, int index, Comparator<? super T> order) {
    T value = heap[index];
    // Move parents down into the hole instead of swapping: one write per level.
    while (index > 0) {
      int parent = (index - 1) / 2;
      if (order.compare(value, heap[parent]) >= 0) {
        break;
      }
      heap[index] = heap[parent];
      index = parent;
    }
    heap[index] = value;
  }

  /**
   * Moves {@code heap[index]} down to its place.
   *
   * @param heap a min-heap in {@code heap[0..size)} except at {@code index}
   * @param index the position of the element to move down
   * @param size the number of elements in the heap
   * @param order the order
   * @param <T> the type of elements
   */
  public static <T> void siftDown(T[] heap, int index, int size, Comparator<? super T> order) {
    T value = heap[index];
    while (2 * index + 2 < size) {
      int child = 2 * index + 1;
      if (order.compare(heap[child + 1], heap[child]) < 0) {
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
