// verdict: too-slow
// mistake: Counts r up from 0 instead of binary searching: O(√x).
package io.github.dsalab.exercises.search;

import java.util.function.LongBinaryOperator;

/** Correct but slow: counts r up from 0, O(√x). The gate must reject it. */
public final class IntegerSquareRoot {
  private IntegerSquareRoot() {}

  public static long floorSqrt(long x, LongBinaryOperator multiply) {
    if (x < 0) {
      throw new IllegalArgumentException("negative");
    }
    long r = 0;
    while (r < 3_037_000_499L && multiply.applyAsLong(r + 1, r + 1) <= x) {
      r++;
    }
    return r;
  }
}
