// verdict: failing
// mistake: Calls Math.pow and ignores the multiplication it was given.
package io.github.dsalab.exercises.complexity;


/** A wrong solution kept for the checker's own tests; see the mistake line above. */
public final class FastPower {
  private FastPower() {}

  public static long power(long base, long exponent, java.util.function.LongBinaryOperator multiply) {
    if (exponent < 0) {
      throw new IllegalArgumentException("exponent " + exponent + " is negative");
    }
    return (long) Math.pow(base, exponent);
  }
}
