package io.github.dsalab.exercises.support;

import io.github.dsalab.counting.CountingComparator;
import java.util.Comparator;

/**
 * A sorting method, as the sort exercises write it: {@code static <T> void sort(T[], Comparator)}.
 * Implement it with a method reference such as {@code MergeSort::sort}.
 */
@FunctionalInterface
public interface Sorter {
  /**
   * Sorts {@code values} in place into ascending order according to {@code order}.
   *
   * @param values the array to sort
   * @param order the order to sort into
   * @param <T> the type of elements
   */
  <T> void sort(T[] values, Comparator<? super T> order);

  /**
   * Sorts {@code values} with {@code sorter} through a counting comparator, for the complexity
   * gate's workloads (capped by {@link Budget}).
   *
   * @param sorter the sort under test
   * @param values the input; sorted in place
   * @return the number of comparisons made
   */
  static long countComparisons(Sorter sorter, Integer[] values) {
    CountingComparator<Integer> order = CountingComparator.naturalOrder();
    sorter.sort(values, Budget.capped(order));
    return order.count();
  }
}
