package io.github.dsalab.exercises.heap;

import java.util.Comparator;
import java.util.List;

/**
 * Exercise: merge k sorted lists with a heap.
 *
 * <p>Every list in {@code lists} is in ascending order by {@code order}. Return one new list with
 * all their elements in ascending order.
 *
 * <pre>
 * mergeK([[1, 4, 7], [2, 5], [0, 9]]) = [0, 1, 2, 4, 5, 7, 9]
 * mergeK([])                         = []
 * </pre>
 *
 * <p>Expected cost: {@code O(N log k)} comparisons for N elements in k lists: keep the current
 * head of each list in a {@link java.util.PriorityQueue}, take the smallest, replace it by the
 * next element of its list. Scanning all k heads for every output element is {@code O(N·k)} and
 * does not pass (the checker merges n lists of 8 elements).
 */
public final class MergeKSorted {
  private MergeKSorted() {}

  /**
   * Merges sorted lists.
   *
   * @param lists sorted lists
   * @param order the order of every list
   * @param <T> the type of elements
   * @return a new sorted list with every element
   */
  public static <T> List<T> mergeK(List<List<T>> lists, Comparator<? super T> order) {
    throw new UnsupportedOperationException("TODO: a priority queue of list heads");
  }
}
