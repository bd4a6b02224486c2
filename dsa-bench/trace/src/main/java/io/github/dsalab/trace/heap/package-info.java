/**
 * Traces of binary heaps: each comparison of a sift, the heap array and the same array drawn as
 * a tree, watched through a tracing comparator and the heap's array view ({@code toArray()} of a
 * {@code BinaryHeap}, {@code heapOrder()} of an {@code IndexedMinHeap}, or a learner's plain array).
 */
package io.github.dsalab.trace.heap;
