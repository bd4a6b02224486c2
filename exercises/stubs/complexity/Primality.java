package io.github.dsalab.exercises.complexity;

import java.util.function.LongPredicate;

/**
 * Exercise (drill, {@code O(√n)}): primality by trial division.
 *
 * <p>Return whether {@code n} is prime: at least 2 and divisible only by 1 and itself. Numbers
 * below 2 (including negative ones) are not prime. To test whether {@code d} divides {@code n},
 * call {@code divides.test(d)} (it returns {@code n % d == 0}); the checker counts these calls.
 *
 * <pre>
 * isPrime(2)   = true       isPrime(1)  = false
 * isPrime(97)  = true       isPrime(91) = false   (7 × 13)
 * </pre>
 *
 * <p>Expected cost: {@code O(√n)} trial divisions. Trying every d below n is {@code O(n)} and
 * does not pass.
 */
public final class Primality {
  private Primality() {}

  /**
   * Tells whether {@code n} is prime.
   *
   * @param n the number
   * @param divides {@code divides.test(d)} is true when d divides n (d must be at least 1)
   * @return true if {@code n} is prime
   */
  public static boolean isPrime(long n, LongPredicate divides) {
    throw new UnsupportedOperationException("TODO: trial division");
  }
}
