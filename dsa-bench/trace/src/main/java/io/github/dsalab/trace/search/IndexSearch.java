package io.github.dsalab.trace.search;

import java.util.Comparator;

/**
 * A search for a key in a sorted array, as {@code BinarySearch.indexOf(T[], T, Comparator)}
 * writes it: the key's index, or a negative number when it is absent.
 */
@FunctionalInterface
public interface IndexSearch {
  /**
   * Finds {@code key} in {@code sorted}.
   *
   * @param sorted the array, in ascending order by {@code order}
   * @param key the element to find
   * @param order the order of {@code sorted}
   * @param <T> the element type
   * @return an index of an element equal to {@code key}, or a negative number if there is none
   */
  <T> int indexOf(T[] sorted, T key, Comparator<? super T> order);
}
