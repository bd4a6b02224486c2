package io.github.dsalab.lab.results;

import io.github.dsalab.complexity.ComplexityClass;
import io.github.dsalab.complexity.GrowthClass;
import io.github.dsalab.complexity.TwoVariableClass;
import java.util.function.DoubleBinaryOperator;

/**
 * What the report shows of one fit: the verdict text, the best and runner-up classes with their
 * fitted curves, and the log-log exponent with its 95% confidence interval. Built from the
 * fitter's verdict by {@link Fits}; the lab never fits anything itself.
 *
 * @param verdict the verdict as printed: a class such as {@code O(n log n)}, or
 *     {@code ambiguous: O(n) or O(n log n)}
 * @param best the best-fitting class
 * @param runnerUp the second-best class (the best one again when there was no other candidate)
 * @param ambiguous whether the data could not tell best and runner-up apart
 * @param exponent the slope of log(value) against log(size) (for two sizes: against log(E))
 * @param exponentLow the lower end of the exponent's 95% confidence interval
 * @param exponentHigh the upper end of the exponent's 95% confidence interval
 * @param coefficient the leading coefficient b of {@code a + b·g(n)} for the best class
 * @param rSquared the best fit's coefficient of determination
 * @param bestCurve the best fit's prediction at (n, m)
 * @param runnerUpCurve the runner-up's prediction at (n, m), or null when the fitter does not give it
 * @param exponentText the exponent as the table shows it: {@code 1.12 ± 0.01}, or per size for
 *     two-size fits ({@code V 0.50 ± 0.02, E 0.50 ± 0.01})
 * @param misfit where the best class misses the points by more than their replicates' noise
 *     ({@code misfit at n = 16, 8,192 (F = 14.2, p = 0.00001)}) when no single class fits, else null
 */
public record FitView(
    String verdict,
    GrowthClass best,
    GrowthClass runnerUp,
    boolean ambiguous,
    double exponent,
    double exponentLow,
    double exponentHigh,
    double coefficient,
    double rSquared,
    DoubleBinaryOperator bestCurve,
    DoubleBinaryOperator runnerUpCurve,
    String exponentText,
    String misfit) {

  /** Whether some class fits the points within their noise (the verdict is not "no single class fits"). */
  public boolean fits() {
    return misfit == null;
  }

  /** Whether the verdict names {@code expected}: as the class, or as one side of an ambiguity. */
  public boolean admits(GrowthClass expected) {
    return best == expected || (ambiguous && runnerUp == expected);
  }

  /**
   * Whether the verdict points at {@code expected} and nowhere far from it: some class fits, and
   * the verdict is {@code expected}, confidently or tied with a class within a logarithmic factor
   * of it ({@code O(n)} beside {@code O(n log n)}, {@code O(V + E)} beside {@code O(V log V + E)}).
   * A tie between {@code O(n log n)} and {@code O(n²)} says the timings cannot tell a factor of
   * n / log n apart, which supports neither.
   */
  public boolean pointsAt(GrowthClass expected) {
    if (!fits()) {
      return false;
    }
    if (!ambiguous) {
      return best == expected;
    }
    return (best == expected || runnerUp == expected) && degree(best) == degree(runnerUp);
  }

  /**
   * The power of n (or of V and E together) a class grows like, logarithms left out: two classes of
   * the same degree differ by at most a logarithmic factor.
   */
  static double degree(GrowthClass growth) {
    if (growth instanceof ComplexityClass oneSize) {
      return switch (oneSize) {
        case CONSTANT, LOGARITHMIC -> 0;
        case SQUARE_ROOT -> 0.5;
        case LINEAR, N_LOG_N -> 1;
        case QUADRATIC -> 2;
        case CUBIC -> 3;
        case EXPONENTIAL -> Double.POSITIVE_INFINITY;
        case FACTORIAL -> Double.NaN;   // never equal to anything, itself included
      };
    }
    return switch ((TwoVariableClass) growth) {
      case VERTICES, EDGES, VERTICES_PLUS_EDGES, V_LOG_V_PLUS_E, E_LOG_V, V_PLUS_E_LOG_V -> 1;
      case V_SQUARED, V_TIMES_E -> 2;
      case V_CUBED -> 3;
    };
  }

  /** Whether the verdict is exactly {@code expected}, confidently. */
  public boolean confirms(GrowthClass expected) {
    return !ambiguous && best == expected;
  }
}
