package io.github.dsalab.exercises.search;

import java.util.Comparator;

/**
 * Exercise: lower bound, the first position whose element is not below a key.
 *
 * <p>{@code sorted} is in ascending order according to {@code order} and may hold equal elements.
 * Return the smallest index {@code i} with {@code order.compare(sorted[i], key) >= 0}, or
 * {@code sorted.length} when every element is below {@code key}. That is where {@code key}
 * would be inserted to keep the array sorted, before any equal elements.
 *
 * <pre>
 * lowerBound([1, 3, 3, 3, 8], 3)  = 1
 * lowerBound([1, 3, 3, 3, 8], 4)  = 4
 * lowerBound([1, 3, 3, 3, 8], 9)  = 5
 * lowerBound([], 9)               = 0
 * </pre>
 *
 * <p>Expected cost: {@code O(log n)} comparisons, even when many elements equal the key. The
 * checker counts calls to {@code order.compare}.
 * Do not use {@code Arrays.binarySearch} or {@code Collections.binarySearch}: write the search.
 */
public final class LowerBound {
  private LowerBound() {}

  /**
   * Returns the first index whose element is at least {@code key}.
   *
   * @param sorted elements in ascending order (duplicates allowed)
   * @param key the key
   * @param order the order {@code sorted} is in
   * @param <T> the type of elements
   * @return an index from 0 to {@code sorted.length}
   */
  public static <T> int lowerBound(T[] sorted, T key, Comparator<? super T> order) {
    throw new UnsupportedOperationException("TODO: binary search for the first element >= key");
  }
}
