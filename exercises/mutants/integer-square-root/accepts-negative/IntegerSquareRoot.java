// verdict: failing
// mistake: Forgets to reject a negative x and answers 0 for it.
package io.github.dsalab.exercises.search;

import java.util.function.LongBinaryOperator;

/** Reference solution of the integer square root exercise (the statement is in the stub). */
public final class IntegerSquareRoot {
  /** The largest r whose square fits in a long. */
  private static final long LARGEST_ROOT = 3_037_000_499L;

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
    // Invariant: low·low <= x, and every r above high has r·r > x.
    long low = 0;
    long high = Math.min(x, LARGEST_ROOT);
    while (low < high) {
      long middle = low + (high - low + 1) / 2;
      if (multiply.applyAsLong(middle, middle) <= x) {
        low = middle;
      } else {
        high = middle - 1;
      }
    }
    return low;
  }
}
