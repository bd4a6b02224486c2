// verdict: failing
// mistake: Stops while d * d < n, so the square of a prime (49) is taken for a prime.
package io.github.dsalab.exercises.complexity;

import java.util.function.LongPredicate;

/** Reference solution of the primality drill (the statement is in the stub). */
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
    if (n < 2) {
      return false;
    }
    // A composite n = a·b with a ≤ b has a ≤ √n: no divisor up to √n means none at all.
    // d <= n / d is d·d <= n without overflow.
    for (long d = 2; d < n / d; d++) {
      if (divides.test(d)) {
        return false;
      }
    }
    return true;
  }
}
