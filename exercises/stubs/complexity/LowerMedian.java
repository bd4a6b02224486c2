package io.github.dsalab.exercises.complexity;

import java.util.List;
import java.util.NoSuchElementException;

/**
 * Exercise (drill, {@code O(1)}): the lower median of a sorted list.
 *
 * <p>{@code sorted} is in ascending order. Return its lower median: the middle element when the
 * size is odd, the left one of the two middle elements when it is even. Throw
 * {@link NoSuchElementException} when the list is empty. Do not modify the list.
 *
 * <pre>
 * lowerMedian([1, 4, 9])      = 4
 * lowerMedian([1, 4, 9, 16])  = 4
 * lowerMedian([7])            = 7
 * lowerMedian([])             throws NoSuchElementException
 * </pre>
 *
 * <p>Expected cost: {@code O(1)}, the same work for a list of 10 or 10 million elements. The
 * checker counts how many elements you read from the list.
 */
public final class LowerMedian {
  private LowerMedian() {}

  /**
   * Returns the lower median of {@code sorted}.
   *
   * @param sorted a list in ascending order, with fast {@code get(i)}
   * @param <T> the type of elements
   * @return the lower median
   * @throws NoSuchElementException if {@code sorted} is empty
   */
  public static <T> T lowerMedian(List<T> sorted) {
    throw new UnsupportedOperationException("TODO: return the lower median of sorted");
  }
}
