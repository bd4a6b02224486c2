package io.github.dsalab.trace.sort;

import java.util.Comparator;

/**
 * A sort as dsa-core and the sort exercises write it: {@code static <T> void sort(T[], Comparator)}.
 * Pass a method reference such as {@code MergeSort::sort}.
 */
@FunctionalInterface
public interface ArraySorter {
  /**
   * Sorts {@code values} in place by {@code order}.
   *
   * @param values the array to sort
   * @param order the order to sort into
   * @param <T> the element type
   */
  <T> void sort(T[] values, Comparator<? super T> order);
}
