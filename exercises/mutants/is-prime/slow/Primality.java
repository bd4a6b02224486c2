// verdict: too-slow
// mistake: Tries every divisor below n instead of stopping at √n: O(n).
package io.github.dsalab.exercises.complexity;

import java.util.function.LongPredicate;

/** Correct but slow: tries every d below n, O(n). The gate must reject it. */
public final class Primality {
  private Primality() {}

  public static boolean isPrime(long n, LongPredicate divides) {
    if (n < 2) {
      return false;
    }
    for (long d = 2; d < n; d++) {
      if (divides.test(d)) {
        return false;
      }
    }
    return true;
  }
}
