package io.github.dsalab.complexity;

/** Checks and weights shared by the one- and two-variable fitters. */
final class Measurements {
  /** A size's spread may exceed the typical one by this factor before it loses weight. */
  static final double TOLERATED_SPREAD = 2;

  private Measurements() {}

  /** Counts and times are positive; a zero, negative, NaN or infinite value is a caller's bug. */
  static void requirePositiveFinite(double[] values, String name) {
    for (int i = 0; i < values.length; i++) {
      double value = values[i];
      if (!(value > 0) || Double.isInfinite(value)) {
        throw new IllegalArgumentException(
            name + "[" + i + "] = " + value + " is not a finite positive number");
      }
    }
  }

  /**
   * Row weights from the spread of each size: a size whose relative MAD exceeds the typical
   * (median) relative MAD gets weight {@code (typical / own)²}, the others 1. Only excess spread
   * is penalised, because a MAD from five samples is itself too noisy to reward a size for
   * looking precise. With no spread anywhere (exact counts) every size weighs 1.
   */
  static double[] spreadWeights(SizeSummary summary) {
    int k = summary.size();
    double[] relative = new double[k];
    for (int i = 0; i < k; i++) {
      relative[i] = summary.deviations[i] / summary.medians[i];
    }
    double typical = SizeSummary.median(relative.clone());
    double[] weights = new double[k];
    for (int i = 0; i < k; i++) {
      double ratio = typical > 0 ? TOLERATED_SPREAD * typical / Math.max(relative[i], TOLERATED_SPREAD * typical) : 1;
      weights[i] = ratio * ratio;
    }
    return weights;
  }
}
