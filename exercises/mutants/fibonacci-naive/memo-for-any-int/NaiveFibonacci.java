// verdict: out-of-memory
// mistake: Adds a memo table sized for the largest possible int n, about 16 GB of longs.
package io.github.dsalab.exercises.complexity;

import java.util.function.LongBinaryOperator;

/** A wrong solution kept for the checker's own tests; see the mistake line above. */
public final class NaiveFibonacci {
  private NaiveFibonacci() {}

  public static long fibonacci(int n, LongBinaryOperator add) {
    if (n < 0) {
      throw new IllegalArgumentException("n = " + n + " is negative; it must be 0 or more");
    }
    long[] memo = new long[Integer.MAX_VALUE - 8];
    memo[1] = 1;
    for (int k = 2; k <= n; k++) {
      memo[k] = add.applyAsLong(memo[k - 1], memo[k - 2]);
    }
    return memo[n];
  }
}
