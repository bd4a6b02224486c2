package io.github.dsalab.complexity;

import java.util.Arrays;
import java.util.Locale;

/**
 * Why no single class fits: the best class, even allowed its usual lower-order term and a step,
 * misses the measured points by more than the replicates' own noise explains.
 *
 * <p>The test is the classical lack-of-fit F test: the misfit per degree of freedom left by the
 * best model, over the pure-error variance the replicates at each size show (plus a small
 * tolerance, {@link ComplexityFitter#MODEL_TOLERANCE}, for the part of real costs no class
 * describes). {@link #misfitSizes()} names the sizes whose points lie furthest off the curve.
 *
 * <pre>{@code
 * verdict.lackOfFit().ifPresent(misfit ->
 *     System.out.println(misfit));  // "misfit at n = 16, 8,192 (F = 14.2, p = 0.00001)"
 * }</pre>
 *
 * @param misfitSizes the sizes whose points lie more than two standard errors off the best curve,
 *     ascending (the worst one when none does)
 * @param statistic the F statistic
 * @param pValue the chance of so large an F were the class right
 * @param fasterThanBest whether the measurements rise above the best class's curve toward the
 *     largest sizes: the cost grows faster than that class
 * @param logFactorFitsToo whether this is the other test: the best class times a further
 *     {@code log n} (n log²n beside n log n), which no class names, fits the points as well, and the
 *     sizes cannot reject it; {@code statistic} is then the normal score of that comparison (below
 *     2.58 is not rejected) and {@code pValue} its two-sided chance
 */
public record LackOfFit(long[] misfitSizes, double statistic, double pValue, boolean fasterThanBest,
    boolean logFactorFitsToo) {
  /**
   * Copies the sizes.
   *
   * @throws NullPointerException if {@code misfitSizes} is null
   */
  public LackOfFit {
    misfitSizes = misfitSizes.clone();
  }

  /**
   * Returns the sizes where the misfit sits.
   *
   * @return a fresh copy, ascending
   */
  @Override
  public long[] misfitSizes() {
    return misfitSizes.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof LackOfFit that
        && Arrays.equals(misfitSizes, that.misfitSizes)
        && Double.compare(statistic, that.statistic) == 0
        && Double.compare(pValue, that.pValue) == 0
        && fasterThanBest == that.fasterThanBest
        && logFactorFitsToo == that.logFactorFitsToo;
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(misfitSizes) + Double.hashCode(statistic) * 17 + Double.hashCode(pValue)
        + (fasterThanBest ? 1 : 0) + (logFactorFitsToo ? 2 : 0);
  }

  /**
   * Returns e.g. {@code "misfit at n = 16, 8,192 (F = 14.2, p = 0.00001)"}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    StringBuilder sizes = new StringBuilder();
    for (long size : misfitSizes) {
      sizes.append(sizes.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%,d", size));
    }
    if (logFactorFitsToo) {
      return String.format(Locale.ROOT, "the class times a further log n fits as well or better, worst at"
          + " n = %s (z = %.1f; only a z of 2.58 or more would rule it out)", sizes, statistic);
    }
    return String.format(Locale.ROOT, "misfit at n = %s (F = %.1f, p = %.2g)", sizes, statistic, pValue);
  }
}
