package io.github.dsalab.complexity;

import java.util.Objects;
import java.util.Optional;

/**
 * One complexity class fitted to measurements as {@code T(n) ≈ a + b·g(n)} with {@code a, b ≥ 0},
 * and how well it did: its Bayesian information criterion (BIC, lower is better). When the
 * measurements show a significant one-off jump, the fit carries it as a {@link Step}: then
 * {@code T(n) ≈ (a + b·g(n))·f} after the step.
 *
 * <p>A {@link Verdict} holds one of these per candidate class; a report can draw the winner's and
 * the runner-up's curves with {@link #predict(double)}.
 *
 * <table class="striped">
 *   <caption>Cost</caption>
 *   <tr><th>operation</th><th>time</th></tr>
 *   <tr><td>every accessor, {@link #predict(double)}</td><td>{@code O(1)}</td></tr>
 * </table>
 *
 * <pre>{@code
 * CandidateFit fit = verdict.candidate(ComplexityClass.N_LOG_N);
 * double predicted = fit.predict(1 << 20);
 * double gap = fit.bic() - verdict.candidates().get(0).bic();
 * }</pre>
 */
public final class CandidateFit {
  private final ComplexityClass complexityClass;
  private final double constant;
  private final double logCoefficient;
  private final double bic;
  /** The weighted sum of squared relative residuals the fit left. */
  final double residualSumOfSquares;
  /** The number of fitted parameters (a step counts two: its place and its size). */
  final int parameters;
  /** The step the fit allows for, or null. */
  private final Step step;

  CandidateFit(
      ComplexityClass complexityClass,
      double constant,
      double logCoefficient,
      double bic,
      double residualSumOfSquares,
      int parameters) {
    this(complexityClass, constant, logCoefficient, bic, residualSumOfSquares, parameters, null);
  }

  CandidateFit(
      ComplexityClass complexityClass,
      double constant,
      double logCoefficient,
      double bic,
      double residualSumOfSquares,
      int parameters,
      Step step) {
    this.complexityClass = Objects.requireNonNull(complexityClass, "complexityClass");
    this.constant = constant;
    this.logCoefficient = logCoefficient;
    this.bic = bic;
    this.residualSumOfSquares = residualSumOfSquares;
    this.parameters = parameters;
    this.step = step;
  }

  /** The same fit scored with another BIC. */
  CandidateFit withBic(double newBic) {
    return new CandidateFit(
        complexityClass, constant, logCoefficient, newBic, residualSumOfSquares, parameters, step);
  }

  /**
   * Returns the one-off jump this fit allows for, if the measurements showed a significant one.
   *
   * @return the step, or empty
   */
  public Optional<Step> step() {
    return Optional.ofNullable(step);
  }

  /**
   * Returns the class this fit assumed.
   *
   * @return the candidate class
   */
  public ComplexityClass complexityClass() {
    return complexityClass;
  }

  /**
   * Returns the constant overhead {@code a} (zero for {@link ComplexityClass#CONSTANT}, whose whole
   * cost is the {@link #coefficient()}).
   *
   * @return {@code a ≥ 0}, in the units of the measurements
   */
  public double constant() {
    return constant;
  }

  /**
   * Returns the leading coefficient {@code b}: measured units per unit of {@code g(n)}. It may
   * underflow to 0 for exponential classes fitted over large sizes.
   *
   * @return {@code b ≥ 0}
   */
  public double coefficient() {
    return Math.exp(logCoefficient);
  }

  /**
   * Returns the Bayesian information criterion of this fit; only differences between candidates
   * of the same verdict mean anything.
   *
   * @return the BIC, lower is better
   */
  public double bic() {
    return bic;
  }

  /**
   * Returns the fitted value {@code a + b·g(n)} (times the step's factor after a {@link #step()}),
   * computed in log space so that exponential classes do not overflow where their product with a
   * tiny {@code b} would not.
   *
   * @param n a size, at least 1
   * @return the predicted measurement
   * @throws IllegalArgumentException if {@code n} is below 1
   */
  public double predict(double n) {
    double value = constant + Math.exp(logCoefficient + complexityClass.logGrowth(n));
    return step == null ? value : value * step.at(n);
  }

  /**
   * Returns a summary such as {@code "O(n): 12.0 + 3.50·g(n), BIC -41.2"}.
   *
   * @return a human-readable description
   */
  @Override
  public String toString() {
    return String.format(
        java.util.Locale.ROOT, "%s: %.3g + %.3g·g(n)%s, BIC %.1f",
        complexityClass, constant, coefficient(), step == null ? "" : " with " + step, bic);
  }
}
