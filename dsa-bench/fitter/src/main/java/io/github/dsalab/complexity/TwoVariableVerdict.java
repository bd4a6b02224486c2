package io.github.dsalab.complexity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What {@link TwoVariableFitter} concluded about measurements of a graph algorithm: the best
 * {@link TwoVariableClass}, or "ambiguous: X or Y", with the separate exponents of {@code V} and
 * {@code E}.
 *
 * <table class="striped">
 *   <caption>Cost</caption>
 *   <tr><th>operation</th><th>time</th></tr>
 *   <tr><td>every method</td><td>{@code O(1)} (lists: {@code O(k)} for {@code k} classes)</td></tr>
 * </table>
 *
 * <pre>{@code
 * TwoVariableVerdict verdict = TwoVariableFitter.fit(v, e, arcsScanned);
 * System.out.println(verdict);                  // "O(V + E)"
 * verdict.assertGrowsLike(TwoVariableClass.VERTICES_PLUS_EDGES);
 * }</pre>
 */
public final class TwoVariableVerdict implements GrowthVerdict {
  private final TwoVariableFit best;
  private final TwoVariableFit runnerUp;
  private final boolean ambiguous;
  private final List<TwoVariableFit> fits;
  private final double[][] exponents;

  TwoVariableVerdict(
      TwoVariableFit best,
      TwoVariableFit runnerUp,
      boolean ambiguous,
      List<TwoVariableFit> fits,
      double[][] exponents) {
    this.best = best;
    this.runnerUp = runnerUp;
    this.ambiguous = ambiguous;
    this.fits = List.copyOf(fits);
    this.exponents = exponents;
  }

  /**
   * Returns the class with the best support (alone only when not {@link #isAmbiguous()}).
   *
   * @return the best class
   */
  @Override
  public TwoVariableClass best() {
    return best.complexityClass;
  }

  /**
   * Returns the second-best class.
   *
   * @return the runner-up, if any
   */
  @Override
  public Optional<TwoVariableClass> runnerUp() {
    return Optional.ofNullable(runnerUp).map(fit -> fit.complexityClass);
  }

  /**
   * Returns whether the runner-up is within {@value ComplexityFitter#AMBIGUITY_BIC} BIC points.
   *
   * @return true if the verdict names two classes
   */
  @Override
  public boolean isAmbiguous() {
    return ambiguous;
  }

  /**
   * Returns how many BIC points the runner-up is behind the best.
   *
   * @return the gap; infinite without a runner-up
   */
  public double bicGap() {
    return runnerUp == null ? Double.POSITIVE_INFINITY : runnerUp.bic - best.bic;
  }

  /**
   * Returns the best fit's coefficients, one per term of {@link #best()} (for
   * {@code O(V + E)}: per vertex, then per edge).
   *
   * @return a fresh array of non-negative coefficients
   */
  public double[] coefficients() {
    return best.coefficients.clone();
  }

  /**
   * Returns the best fit's constant overhead.
   *
   * @return {@code a ≥ 0}
   */
  public double constantTerm() {
    return best.constant;
  }

  /**
   * Returns the exponent of {@code V} in {@code T ≈ c·V^α·E^β} with its 95% confidence
   * interval; NaN when too few pairs remain.
   *
   * @return {@code {α, lower, upper}}
   */
  public double[] vertexExponent() {
    return exponents[0].clone();
  }

  /**
   * Returns the exponent of {@code E} in {@code T ≈ c·V^α·E^β} with its 95% confidence
   * interval; NaN when too few pairs remain.
   *
   * @return {@code {β, lower, upper}}
   */
  public double[] edgeExponent() {
    return exponents[1].clone();
  }

  /**
   * Returns every candidate class, best BIC first.
   *
   * @return the classes in BIC order
   */
  public List<TwoVariableClass> ranking() {
    List<TwoVariableClass> classes = new ArrayList<>();
    for (TwoVariableFit fit : fits) {
      classes.add(fit.complexityClass);
    }
    return classes;
  }

  /**
   * Returns whether {@code expected} is the verdict or one of the two an ambiguous verdict names.
   *
   * @param expected the class to test
   * @return true if the measurements do not contradict {@code expected}
   */
  public boolean isConsistentWith(TwoVariableClass expected) {
    return best() == expected || (ambiguous && runnerUp().equals(Optional.of(expected)));
  }

  /**
   * Fails unless {@link #isConsistentWith(TwoVariableClass)}, with a message such as
   * "measured O(V·E) where O(V + E) is expected".
   *
   * @param expected the class the code should have
   * @throws AssertionError if the measurements contradict {@code expected}
   */
  public void assertGrowsLike(TwoVariableClass expected) {
    if (!isConsistentWith(expected)) {
      throw new AssertionError(String.format(
          Locale.ROOT, "measured %s where %s is expected (exponents V^%.2f E^%.2f)",
          this, expected, exponents[0][0], exponents[1][0]));
    }
  }

  /**
   * Returns {@code "O(V + E)"}, or {@code "ambiguous: O(E) or O(V + E)"}.
   *
   * @return the verdict text
   */
  @Override
  public String toString() {
    if (!ambiguous) {
      return best().toString();
    }
    TwoVariableClass other = runnerUp.complexityClass;
    TwoVariableClass first = best().compareTo(other) < 0 ? best() : other;
    return "ambiguous: " + first + " or " + (first == best() ? other : best());
  }
}
