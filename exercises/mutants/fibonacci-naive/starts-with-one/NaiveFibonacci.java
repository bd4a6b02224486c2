// verdict: failing
// mistake: Returns 1 for both base cases, so fibonacci(0) is 1 instead of 0.
package io.github.dsalab.exercises.complexity;

import java.util.function.LongBinaryOperator;

/** Reference solution of the naive Fibonacci exercise (the statement is in the stub). */
public final class NaiveFibonacci {
  private NaiveFibonacci() {}

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
      return 1;
    }
    // The depth is only n, but the number of calls is about 1.618^n.
    return add.applyAsLong(fibonacci(n - 1, add), fibonacci(n - 2, add));
  }
}
