package io.github.dsalab.exercises.heap;

import java.util.Comparator;

/**
 * Exercise: sift-up and sift-down, the two moves of a binary heap.
 *
 * <p>A binary min-heap stores a complete tree in an array: the children of index {@code i} are
 * {@code 2i + 1} and {@code 2i + 2}, its parent is {@code (i - 1) / 2}, and no element is smaller
 * (by {@code order}) than its parent, so the minimum sits at index 0. Write:
 * <ul>
 *   <li>{@code siftUp(heap, index, order)}: {@code heap[0..index]} is a heap except that
 *       {@code heap[index]} may be smaller than its parent; swap it up until it is not. This is
 *       how a new element is added at the end.</li>
 *   <li>{@code siftDown(heap, index, size, order)}: {@code heap[0..size)} is a heap except that
 *       {@code heap[index]} may be larger than a child; swap it with its smaller child until it
 *       is not. This is how the root is replaced after removing the minimum.</li>
 * </ul>
 *
 * <pre>
 * heap [1, 3, 2, 7, 4] + new 0 at index 5:  siftUp(.., 5)       gives [0, 3, 1, 7, 4, 2]
 * heap [9, 3, 2, 7, 4] (root replaced):     siftDown(.., 0, 5)   gives [2, 3, 9, 7, 4]
 * </pre>
 *
 * <p>Expected cost: {@code O(log n)} comparisons each, the height of the tree. Rebuilding the
 * whole heap is {@code O(n)} and does not pass.
 * Do not use {@code PriorityQueue}: this exercise asks you to write its two moves.
 */
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
    throw new UnsupportedOperationException("TODO: swap with the parent while smaller");
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
    throw new UnsupportedOperationException("TODO: swap with the smaller child while larger");
  }
}
