package io.github.dsalab.complexity;

/**
 * Tukey's bisquare weights: residuals beyond about 4.7 robust standard deviations get weight 0,
 * small ones weight near 1. The scale is the MAD of the residuals, so a few wild points cannot
 * inflate it and hide themselves.
 */
final class RobustWeights {
  /** The usual tuning constant: 95% efficiency when the noise is in fact Gaussian. */
  static final double TUNING = 4.685;

  /**
   * Below this relative scale the residuals are rounding or exact-count granularity, and nothing
   * should be called an outlier.
   */
  static final double MINIMUM_SCALE = 1e-3;

  private RobustWeights() {}

  static double[] bisquare(double[] residuals) {
    return bisquare(residuals, scale(residuals));
  }

  /** The robust scale of {@code residuals}: 1.4826 × their median absolute value, at least the floor. */
  static double scale(double[] residuals) {
    double[] absolute = new double[residuals.length];
    for (int i = 0; i < residuals.length; i++) {
      absolute[i] = Math.abs(residuals[i]);
    }
    return Math.max(MINIMUM_SCALE, 1.4826 * SizeSummary.median(absolute));
  }

  /** Bisquare weights of {@code residuals} measured in a given {@code scale}. */
  static double[] bisquare(double[] residuals, double scale) {
    double[] weights = new double[residuals.length];
    for (int i = 0; i < residuals.length; i++) {
      double u = residuals[i] / (TUNING * scale);
      weights[i] = Math.abs(u) < 1 ? (1 - u * u) * (1 - u * u) : 0;
    }
    return weights;
  }
}
