package io.github.dsalab.exercises.sort;

import java.util.Comparator;
import java.util.List;

/**
 * Exercise: merge two sorted lists.
 *
 * <p>{@code first} and {@code second} are each in ascending order by {@code order}. Return a new
 * list with all their elements in ascending order. When elements compare equal, those from
 * {@code first} come before those from {@code second} (this is what keeps merge sort stable).
 *
 * <pre>
 * merge([1, 4, 9], [2, 3, 10, 11]) = [1, 2, 3, 4, 9, 10, 11]
 * merge([], [5])                    = [5]
 * </pre>
 *
 * <p>Expected cost: {@code O(n)} comparisons for n elements in all (at most n - 1). Joining
 * the lists and sorting them again does not pass. The checker counts calls to
 * {@code order.compare}, and times your code on two long lists against the reference solution:
 * removing from the front of an {@code ArrayList} copies the rest each time, {@code O(n²)}.
 * Do not use {@code Arrays.sort}, {@code List.sort}, {@code Collections.sort} or
 * {@code Stream.sorted}: merge the two lists yourself.
 */
public final class MergeSorted {
  private MergeSorted() {}

  /**
   * Merges two sorted lists.
   *
   * @param first a sorted list
   * @param second a sorted list
   * @param order the order both lists are in
   * @param <T> the type of elements
   * @return a new sorted list with the elements of both
   */
  public static <T> List<T> merge(List<T> first, List<T> second, Comparator<? super T> order) {
    throw new UnsupportedOperationException("TODO: walk both lists with one index each");
  }
}
