package io.github.dsalab.exercises.complexity;

import java.util.function.LongBinaryOperator;

/**
 * Exercise (recursion): Fibonacci numbers, straight from the definition.
 *
 * <p>Return F(n), where F(0) = 0, F(1) = 1 and F(n) = F(n-1) + F(n-2). Write it the way the
 * definition reads: a method that calls itself twice. Do every addition through
 * {@code add.applyAsLong(a, b)}. Throw {@link IllegalArgumentException} for a negative n.
 *
 * <pre>
 * fibonacci(0) = 0    fibonacci(1) = 1    fibonacci(10) = 55
 * </pre>
 *
 * <p>Cost: the two calls recompute the same values again and again: F(n) takes about
 * F(n+1) additions, which grows like 1.618ⁿ, an {@code O(2ⁿ)} algorithm. Try n = 45 and feel
 * it. (No complexity gate here: the next exercise, {@code fibonacci-memo}, fixes it.)
 */
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
    throw new UnsupportedOperationException("TODO: F(n) = F(n-1) + F(n-2)");
  }
}
