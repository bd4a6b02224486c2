// verdict: too-slow
// mistake: Keeps the naive two-call recursion and forgets the memo table: about 1.618^n additions.
package io.github.dsalab.exercises.complexity;

import java.util.function.LongBinaryOperator;

/** Correct but slow: the naive two-call recursion, about 1.618^n additions. The gate must reject it. */
public final class MemoFibonacci {
  private MemoFibonacci() {}

  /**
   * Returns the n-th Fibonacci number.
   *
   * @param n the index, 0 or more
   * @param add the addition to use
   * @return F(n)
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public static long fibonacci(int n, LongBinaryOperator add) {
    if (n < 0) {
      throw new IllegalArgumentException("n = " + n + " is negative; it must be 0 or more");
    }
    if (n < 2) {
      return n;
    }
    // The depth is only n, but the number of calls is about 1.618^n.
    return add.applyAsLong(fibonacci(n - 1, add), fibonacci(n - 2, add));
  }
}
