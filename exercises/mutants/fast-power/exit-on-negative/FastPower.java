// verdict: exited
// mistake: Stops the program with System.exit on a negative exponent instead of throwing IllegalArgumentException.
package io.github.dsalab.exercises.complexity;

import java.util.function.LongBinaryOperator;

/** Reference solution of the fast power drill (the statement is in the stub). */
public final class FastPower {
  private FastPower() {}

  /**
   * Returns {@code base} to the power {@code exponent} under {@code multiply}.
   *
   * @param base the base
   * @param exponent the exponent, zero or more
   * @param multiply the (associative) multiplication to use
   * @return the power; 1 when {@code exponent} is 0
   * @throws IllegalArgumentException if {@code exponent} is negative
   */
  public static long power(long base, long exponent, LongBinaryOperator multiply) {
    if (exponent < 0) {
      System.exit(2);
    }
    // Invariant: result * square^remaining is the answer; each pass halves remaining.
    long result = 1;
    long square = base;
    long remaining = exponent;
    while (remaining > 0) {
      if ((remaining & 1) == 1) {
        result = multiply.applyAsLong(result, square);
      }
      remaining >>= 1;
      if (remaining > 0) {
        square = multiply.applyAsLong(square, square);
      }
    }
    return result;
  }
}
