// verdict: too-slow
// mistake: Multiplies the base n times instead of squaring: O(n) multiplications.
package io.github.dsalab.exercises.complexity;

import java.util.function.LongBinaryOperator;

/** Correct but slow: n multiplications. The gate must reject it. */
public final class FastPower {
  private FastPower() {}

  public static long power(long base, long exponent, LongBinaryOperator multiply) {
    if (exponent < 0) {
      throw new IllegalArgumentException("negative");
    }
    long result = 1;
    for (long i = 0; i < exponent; i++) {
      result = multiply.applyAsLong(result, base);
    }
    return result;
  }
}
