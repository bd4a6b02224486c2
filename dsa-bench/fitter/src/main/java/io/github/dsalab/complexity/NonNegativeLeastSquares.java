package io.github.dsalab.complexity;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.LUDecomposition;

/**
 * Weighted least squares with every coefficient constrained to be non-negative, for the two to
 * four columns a complexity model has.
 *
 * <p>With so few columns the exact solution is found by enumeration: the constrained optimum is
 * the unconstrained fit on its own support (the columns whose coefficients are positive), so the
 * best of the unconstrained fits on all column subsets whose coefficients come out non-negative
 * is the optimum. This covers the boundary fits ({@code a = 0} or {@code b = 0}) without any
 * iteration or tolerance.
 */
final class NonNegativeLeastSquares {
  /** Columns beyond this would make the 2^k enumeration pointless. */
  static final int MAXIMUM_COLUMNS = 4;

  /** Pivots below this (on unit-diagonal normal equations) mean the columns are collinear. */
  private static final double SINGULAR = 1e-12;

  private NonNegativeLeastSquares() {}

  /** The fitted coefficients (one per column, zero where the constraint is active) and RSS. */
  static final class Solution {
    final double[] coefficients;
    final double residualSumOfSquares;

    Solution(double[] coefficients, double residualSumOfSquares) {
      this.coefficients = coefficients;
      this.residualSumOfSquares = residualSumOfSquares;
    }
  }

  /**
   * Minimises {@code Σ weights[i]·(y[i] − Σ_j c[j]·columns[j][i])²} subject to {@code c ≥ 0}.
   *
   * @param columns the design columns, each as long as {@code y}
   * @param y the targets
   * @param weights the non-negative row weights
   */
  static Solution solve(double[][] columns, double[] y, double[] weights) {
    int k = columns.length;
    assert k >= 1 && k <= MAXIMUM_COLUMNS : k;
    double[] bestCoefficients = new double[k];
    double bestRss = residualSumOfSquares(columns, y, weights, bestCoefficients);
    for (int mask = 1; mask < (1 << k); mask++) {
      double[] coefficients = unconstrained(columns, y, weights, mask);
      if (coefficients == null) {
        continue;
      }
      double rss = residualSumOfSquares(columns, y, weights, coefficients);
      if (rss < bestRss) {
        bestRss = rss;
        bestCoefficients = coefficients;
      }
    }
    return new Solution(bestCoefficients, bestRss);
  }

  static double residualSumOfSquares(
      double[][] columns, double[] y, double[] weights, double[] coefficients) {
    double rss = 0;
    for (int i = 0; i < y.length; i++) {
      double residual = y[i];
      for (int j = 0; j < columns.length; j++) {
        if (coefficients[j] != 0) {
          residual -= coefficients[j] * columns[j][i];
        }
      }
      rss += weights[i] * residual * residual;
    }
    return rss;
  }

  /**
   * The unconstrained weighted fit on the columns in {@code mask}, or null if it is singular or
   * gives a negative coefficient. Columns are scaled to unit weighted norm first, which keeps the
   * normal equations well conditioned even when one column is {@code 1/T} and another {@code n³/T}.
   */
  private static double[] unconstrained(double[][] columns, double[] y, double[] weights, int mask) {
    int size = Integer.bitCount(mask);
    int[] chosen = new int[size];
    for (int j = 0, c = 0; j < columns.length; j++) {
      if ((mask & (1 << j)) != 0) {
        chosen[c++] = j;
      }
    }
    double[] norms = new double[size];
    for (int c = 0; c < size; c++) {
      double sum = 0;
      double[] column = columns[chosen[c]];
      for (int i = 0; i < y.length; i++) {
        sum += weights[i] * column[i] * column[i];
      }
      norms[c] = Math.sqrt(sum);
      if (!(norms[c] > 0) || Double.isInfinite(norms[c])) {
        return null;
      }
    }
    double[][] matrix = new double[size][size];
    double[] target = new double[size];
    for (int r = 0; r < size; r++) {
      double[] left = columns[chosen[r]];
      for (int c = r; c < size; c++) {
        double[] right = columns[chosen[c]];
        double sum = 0;
        for (int i = 0; i < y.length; i++) {
          sum += weights[i] * left[i] * right[i];
        }
        matrix[r][c] = sum / (norms[r] * norms[c]);
        matrix[c][r] = matrix[r][c];
      }
      double sum = 0;
      for (int i = 0; i < y.length; i++) {
        sum += weights[i] * left[i] * y[i];
      }
      target[r] = sum / norms[r];
    }
    // LU with partial pivoting, as the hand-written elimination before it did; a pivot below
    // SINGULAR on these unit-diagonal normal equations means the columns are collinear.
    DecompositionSolver solver =
        new LUDecomposition(new Array2DRowRealMatrix(matrix, false), SINGULAR).getSolver();
    if (!solver.isNonSingular()) {
      return null;
    }
    double[] scaled = solver.solve(new ArrayRealVector(target, false)).toArray();
    double[] coefficients = new double[columns.length];
    for (int c = 0; c < size; c++) {
      double value = scaled[c] / norms[c];
      if (!(value >= 0) || Double.isInfinite(value)) {
        return null;
      }
      coefficients[chosen[c]] = value;
    }
    return coefficients;
  }
}
