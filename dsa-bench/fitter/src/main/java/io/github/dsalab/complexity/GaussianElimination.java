package io.github.dsalab.complexity;

/** Solves the small dense linear systems of the fitters: Gaussian elimination, partial pivoting. */
final class GaussianElimination {
  /** Pivots below this (on unit-diagonal normal equations) mean the columns are collinear. */
  private static final double SINGULAR = 1e-12;

  private GaussianElimination() {}

  /**
   * Solves {@code A x = b} given as the augmented {@code k × (k + 1)} matrix {@code [A | b]},
   * which it overwrites; returns null when {@code A} is singular to working precision.
   */
  static double[] solve(double[][] augmented) {
    int k = augmented.length;
    for (int column = 0; column < k; column++) {
      int pivot = column;
      for (int row = column + 1; row < k; row++) {
        if (Math.abs(augmented[row][column]) > Math.abs(augmented[pivot][column])) {
          pivot = row;
        }
      }
      if (!(Math.abs(augmented[pivot][column]) > SINGULAR)) {
        return null;
      }
      double[] swap = augmented[pivot];
      augmented[pivot] = augmented[column];
      augmented[column] = swap;
      for (int row = column + 1; row < k; row++) {
        double factor = augmented[row][column] / augmented[column][column];
        for (int c = column; c <= k; c++) {
          augmented[row][c] -= factor * augmented[column][c];
        }
      }
    }
    double[] x = new double[k];
    for (int row = k - 1; row >= 0; row--) {
      double sum = augmented[row][k];
      for (int c = row + 1; c < k; c++) {
        sum -= augmented[row][c] * x[c];
      }
      x[row] = sum / augmented[row][row];
    }
    return x;
  }
}
