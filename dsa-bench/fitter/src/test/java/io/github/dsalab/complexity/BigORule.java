package io.github.dsalab.complexity;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;

/**
 * pberkes/big_O's rule ({@code infer_big_o_class}), rewritten for comparison. Its classes, in its
 * order: Constant, Linear, Quadratic, Cubic, Polynomial, Logarithmic, Linearithmic, Exponential.
 * Each is {@code a + b·g(n)} (Constant: {@code a}) fitted by plain least squares on the times; as in
 * big_O, Polynomial ({@code ln T = a + b·ln n}) and Exponential ({@code ln T = a + b·n}) are fitted
 * on {@code ln T} and their residual is in log units. The smallest residual sum of squares wins,
 * a later class only when it beats the best so far by more than {@code 1e-6} (big_O's bias to
 * simpler classes). big_O takes one time per size, the total of the repeats ({@code timeit}), in
 * seconds: so does this. "Polynomial" names no class and counts as wrong (empty result).
 */
final class BigORule {
  private enum Kind { CONSTANT, LINEAR, QUADRATIC, CUBIC, POLYNOMIAL, LOGARITHMIC, LINEARITHMIC, EXPONENTIAL }

  /** The classes big_O can name (its Polynomial names none). */
  static final Set<ComplexityClass> CANDIDATES =
      EnumSet.of(
          ComplexityClass.CONSTANT,
          ComplexityClass.LOGARITHMIC,
          ComplexityClass.LINEAR,
          ComplexityClass.N_LOG_N,
          ComplexityClass.QUADRATIC,
          ComplexityClass.CUBIC,
          ComplexityClass.EXPONENTIAL);

  private BigORule() {}

  static Optional<ComplexityClass> classify(long[] sizes, double[] nanoseconds) {
    SizeTotals totals = SizeTotals.of(sizes, nanoseconds);
    Kind best = null;
    double bestResidual = Double.POSITIVE_INFINITY;
    for (Kind kind : Kind.values()) {
      double residual = residual(kind, totals.sizes, totals.seconds);
      if (residual < bestResidual - 1e-6) {
        bestResidual = residual;
        best = kind;
      }
    }
    return Optional.ofNullable(best).flatMap(BigORule::asClass);
  }

  private static Optional<ComplexityClass> asClass(Kind kind) {
    switch (kind) {
      case CONSTANT: return Optional.of(ComplexityClass.CONSTANT);
      case LINEAR: return Optional.of(ComplexityClass.LINEAR);
      case QUADRATIC: return Optional.of(ComplexityClass.QUADRATIC);
      case CUBIC: return Optional.of(ComplexityClass.CUBIC);
      case LOGARITHMIC: return Optional.of(ComplexityClass.LOGARITHMIC);
      case LINEARITHMIC: return Optional.of(ComplexityClass.N_LOG_N);
      case EXPONENTIAL: return Optional.of(ComplexityClass.EXPONENTIAL);
      default: return Optional.empty();
    }
  }

  private static double residual(Kind kind, double[] n, double[] t) {
    int k = n.length;
    double[][] design = new double[k][];
    double[] target = new double[k];
    for (int i = 0; i < k; i++) {
      double x = n[i];
      switch (kind) {
        case CONSTANT: design[i] = new double[] {1}; break;
        case LINEAR: design[i] = new double[] {1, x}; break;
        case QUADRATIC: design[i] = new double[] {1, x * x}; break;
        case CUBIC: design[i] = new double[] {1, x * x * x}; break;
        case POLYNOMIAL:
        case LOGARITHMIC: design[i] = new double[] {1, Math.log(x)}; break;
        case LINEARITHMIC: design[i] = new double[] {1, x * Math.log(x)}; break;
        case EXPONENTIAL: design[i] = new double[] {1, x}; break;
        default: throw new AssertionError(kind);
      }
      boolean logTime = kind == Kind.POLYNOMIAL || kind == Kind.EXPONENTIAL;
      target[i] = logTime ? Math.log(t[i]) : t[i];
    }
    RealMatrix matrix = new Array2DRowRealMatrix(design, false);
    RealVector vector = new ArrayRealVector(target, false);
    RealVector coefficients = new QRDecomposition(matrix).getSolver().solve(vector);
    RealVector residuals = vector.subtract(matrix.operate(coefficients));
    return residuals.dotProduct(residuals);
  }

  /** One total time per size, in seconds, as big_O's {@code timeit(n_repeats)} returns. */
  private static final class SizeTotals {
    final double[] sizes;
    final double[] seconds;

    private SizeTotals(double[] sizes, double[] seconds) {
      this.sizes = sizes;
      this.seconds = seconds;
    }

    static SizeTotals of(long[] sizes, double[] nanoseconds) {
      java.util.TreeMap<Long, Double> totals = new java.util.TreeMap<>();
      for (int i = 0; i < sizes.length; i++) {
        totals.merge(sizes[i], nanoseconds[i] * 1e-9, Double::sum);
      }
      double[] n = new double[totals.size()];
      double[] t = new double[totals.size()];
      int i = 0;
      for (var entry : totals.entrySet()) {
        n[i] = entry.getKey();
        t[i] = entry.getValue();
        i++;
      }
      return new SizeTotals(n, t);
    }
  }
}
