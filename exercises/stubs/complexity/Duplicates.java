package io.github.dsalab.exercises.complexity;

import java.util.Comparator;
import java.util.List;

/**
 * Exercise (drill, {@code O(n log n)}): find out whether a list has a duplicate, by sorting.
 *
 * <p>Return whether two elements of {@code values} (at different positions) compare equal under
 * {@code order}. Use only {@code order} to compare (no {@code equals}, no hashing): the checker
 * counts calls to {@code order.compare}. Do not modify {@code values} (copy it if you need to).
 *
 * <pre>
 * containsDuplicate([3, 1, 4, 1, 5]) = true
 * containsDuplicate([3, 1, 4])       = false
 * containsDuplicate([])              = false
 * </pre>
 *
 * <p>Expected cost: {@code O(n log n)} comparisons. Comparing every pair is {@code O(n²)} and does
 * not pass.
 */
public final class Duplicates {
  private Duplicates() {}

  /**
   * Tells whether two elements compare equal.
   *
   * @param values the elements (not modified)
   * @param order the order that decides equality ({@code compare == 0})
   * @param <T> the type of elements
   * @return true if some two elements compare equal
   */
  public static <T> boolean containsDuplicate(List<T> values, Comparator<? super T> order) {
    throw new UnsupportedOperationException("TODO: sort a copy, then look at neighbours");
  }
}
