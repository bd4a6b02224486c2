package io.github.dsalab.exercises.search;

import java.util.function.LongBinaryOperator;

/**
 * Exercise: integer square root, by binary search on the answer.
 *
 * <p>Return the largest {@code r} with {@code r · r <= x}, for any {@code x >= 0} up to
 * {@code Long.MAX_VALUE}; throw {@link IllegalArgumentException} for a negative {@code x}. Do not
 * use {@code Math.sqrt} or {@code StrictMath.sqrt} (doubles lose precision above 2⁵³). Do every multiplication with
 * {@code multiply.applyAsLong(a, b)}, which returns {@code a · b} (overflowing like {@code *}
 * does, so keep your candidates at most 3037000499, whose square still fits in a long).
 *
 * <pre>
 * floorSqrt(16) = 4     floorSqrt(15) = 3     floorSqrt(0) = 0
 * floorSqrt(Long.MAX_VALUE) = 3037000499
 * </pre>
 *
 * <p>Expected cost: {@code O(log x)} multiplications. Counting r up from 0 takes √x steps and
 * does not pass. The checker counts calls to {@code multiply}.
 */
public final class IntegerSquareRoot {
  private IntegerSquareRoot() {}

  /**
   * Returns the integer square root of {@code x}.
   *
   * @param x a number, 0 or more
   * @param multiply the multiplication to use
   * @return the largest r with r · r &lt;= x
   * @throws IllegalArgumentException if {@code x} is negative
   */
  public static long floorSqrt(long x, LongBinaryOperator multiply) {
    throw new UnsupportedOperationException("TODO: binary search for the largest r with r*r <= x");
  }
}
