// verdict: failing
// mistake: Returns known[n - 1], one Fibonacci number too early.
package io.github.dsalab.exercises.complexity;

import java.util.function.LongBinaryOperator;

/** Reference solution of the memoised Fibonacci exercise (the statement is in the stub). */
public final class MemoFibonacci {
  private MemoFibonacci() {}

  /**
   * Returns the n-th Fibonacci number.
   *
   * @param n the index, 0 to 92 (F(93) does not fit in a long)
   * @param add the addition to use
   * @return F(n)
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public static long fibonacci(int n, LongBinaryOperator add) {
    if (n < 0) {
      throw new IllegalArgumentException("n = " + n + " is negative; it must be 0 or more");
    }
    // Bottom-up memo: known[k] = F(k), each filled once from the two before it.
    long[] known = new long[Math.max(2, n + 1)];
    known[1] = 1;
    for (int k = 2; k <= n; k++) {
      known[k] = add.applyAsLong(known[k - 1], known[k - 2]);
    }
    return n == 0 ? 0 : known[n - 1];
  }
}
