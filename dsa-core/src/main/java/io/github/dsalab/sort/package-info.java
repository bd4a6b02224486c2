/**
 * The six classic comparison sorts, each written as the engineered version a library would ship.
 *
 * <p>{@link io.github.dsalab.sort.BubbleSort}, {@link io.github.dsalab.sort.SelectionSort} and
 * {@link io.github.dsalab.sort.InsertionSort} are the quadratic sorts a course starts with;
 * {@link io.github.dsalab.sort.MergeSort}, {@link io.github.dsalab.sort.QuickSort} and
 * {@link io.github.dsalab.sort.HeapSort} are the {@code O(n log n)} ones. Every class sorts
 * {@code int[]} and object arrays, whole or a range, in natural order or by a
 * {@link java.util.Comparator}, with the same argument checks as {@link java.util.Arrays#sort(int[])}.
 * {@link io.github.dsalab.sort.SortAlgorithm} names them all, so code and tests can loop over them.
 *
 * <p>Each class's documentation lists the tricks that separate it from the textbook sketch and why
 * each one matters. All of them share one promise: a comparator that throws, or that answers at
 * random, never makes a sort lose or duplicate an element, loop forever or fail with anything but
 * the comparator's own exception. After such a failure the array holds a permutation of its input.
 */
package io.github.dsalab.sort;
