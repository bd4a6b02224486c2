package io.github.dsalab.complexity;

import java.util.Locale;

/**
 * A one-off multiplicative jump in measured cost between two consecutive sizes, as when the data
 * outgrows a cache level or the garbage collector changes regime: every size after the step costs
 * {@link #factor()} times what the class alone predicts.
 *
 * <p>{@link ComplexityFitter} looks for one at every gap between consecutive sizes and reports it
 * only when it is significant against the replicates' own noise; the class is then judged with the
 * step accounted for.
 *
 * <pre>{@code
 * verdict.step().ifPresent(step ->
 *     System.out.println(step));     // "a ×1.35 step between n = 125,000 and 250,000"
 * }</pre>
 *
 * @param lastSizeBefore the largest size measured before the step
 * @param firstSizeAfter the smallest size measured after it
 * @param factor the cost after the step relative to before, greater than 1
 */
public record Step(long lastSizeBefore, long firstSizeAfter, double factor) {
  /**
   * Checks the sizes' order and the factor.
   *
   * @throws IllegalArgumentException if {@code lastSizeBefore} is below 1, not below
   *     {@code firstSizeAfter}, or the factor is not a finite number above 1
   */
  public Step {
    if (lastSizeBefore < 1 || lastSizeBefore >= firstSizeAfter) {
      throw new IllegalArgumentException(
          "sizes " + lastSizeBefore + " and " + firstSizeAfter + " are not two ascending sizes");
    }
    if (!(factor > 1) || Double.isInfinite(factor)) {
      throw new IllegalArgumentException("step factor " + factor + " is not a finite number above 1");
    }
  }

  /**
   * Returns the factor at size {@code n}: {@link #factor()} after the step, 1 before it.
   *
   * @param n a size
   * @return the multiplier the step applies at {@code n}
   */
  public double at(double n) {
    return n > lastSizeBefore ? factor : 1;
  }

  /**
   * Returns the step as a learner reads it: {@code "a ×1.35 step between n = 125,000 and 250,000"}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return String.format(
        Locale.ROOT, "a ×%.2f step between n = %,d and %,d", factor, lastSizeBefore, firstSizeAfter);
  }
}
