/**
 * Priority queues built on the binary heap: a complete binary tree stored level by level in an
 * array, where every parent is no larger than its children, so the minimum sits at index 0.
 *
 * <p>{@link io.github.dsalab.heap.BinaryHeap} is a general {@link java.util.Queue} of elements
 * ordered by a {@link java.util.Comparator}, a drop-in for {@link java.util.PriorityQueue}.
 * {@link io.github.dsalab.heap.IndexedMinHeap} keys the integers {@code 0..capacity-1}
 * (typically graph vertices) and adds {@code decreaseKey}, the operation Dijkstra's and Prim's
 * algorithms need.
 */
package io.github.dsalab.heap;
