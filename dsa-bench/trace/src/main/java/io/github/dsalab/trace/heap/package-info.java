/**
 * Traces of binary heaps: each comparison of a sift, the heap array and the same array drawn as
 * a tree, watched through a tracing comparator and the heap's array view ({@code toArray()}).
 */
package io.github.dsalab.trace.heap;
