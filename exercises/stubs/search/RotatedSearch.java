package io.github.dsalab.exercises.search;

import java.util.Comparator;
import java.util.OptionalInt;

/**
 * Exercise: search in a rotated sorted array.
 *
 * <p>{@code rotated} was a strictly ascending array (by {@code order}) that was then rotated:
 * some prefix was moved to the end, e.g. {@code [1, 3, 5, 7, 9]} became {@code [7, 9, 1, 3, 5]}.
 * The rotation is unknown (it may be 0). Return the index of {@code key}, or
 * {@link OptionalInt#empty()} if it is absent.
 *
 * <pre>
 * indexOf([7, 9, 1, 3, 5], 3) = OptionalInt[3]
 * indexOf([7, 9, 1, 3, 5], 8) = OptionalInt.empty
 * indexOf([1, 3, 5], 1)       = OptionalInt[0]
 * </pre>
 *
 * <p>Expected cost: {@code O(log n)} comparisons; a linear scan does not pass. Compare only
 * through {@code order.compare}: the checker counts the calls.
 * Do not use {@code Arrays.binarySearch} or {@code Collections.binarySearch}: write the search.
 */
public final class RotatedSearch {
  private RotatedSearch() {}

  /**
   * Finds {@code key} in a rotated ascending array of distinct elements.
   *
   * @param rotated a rotation of an ascending array of distinct elements
   * @param key the element to find
   * @param order the order of the array before rotation
   * @param <T> the type of elements
   * @return the index of {@code key}, or empty if it is absent
   */
  public static <T> OptionalInt indexOf(T[] rotated, T key, Comparator<? super T> order) {
    throw new UnsupportedOperationException("TODO: binary search, keeping the sorted half in mind");
  }
}
