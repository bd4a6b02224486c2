package io.github.dsalab.exercises.complexity;

import java.util.function.LongBinaryOperator;

/**
 * Exercise (drill, {@code O(log n)}): raise a number to a large power with few multiplications.
 *
 * <p>Return {@code base} to the power {@code exponent}, where every product is computed by
 * {@code multiply} (for example multiplication modulo a prime, so nothing overflows), and
 * {@code power(base, 0) = 1}. {@code multiply} is associative: {@code (a·b)·c = a·(b·c)}.
 * Throw {@link IllegalArgumentException} for a negative exponent.
 *
 * <pre>
 * power(3, 4, (a, b) -&gt; a * b)          = 81
 * power(2, 10, (a, b) -&gt; a * b % 1000)  = 24      (1024 mod 1000)
 * power(7, 0, ...)                     = 1
 * </pre>
 *
 * <p>Expected cost: {@code O(log n)} calls to {@code multiply} for exponent n. Multiplying
 * {@code base} in n times is {@code O(n)} and does not pass. Multiply only through
 * {@code multiply}: the checker counts the calls.
 */
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
    throw new UnsupportedOperationException("TODO: compute base^exponent by repeated squaring");
  }
}
