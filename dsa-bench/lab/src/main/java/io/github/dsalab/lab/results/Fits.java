package io.github.dsalab.lab.results;

import io.github.dsalab.complexity.CandidateFit;
import io.github.dsalab.complexity.ComplexityClass;
import io.github.dsalab.complexity.ComplexityFitter;
import io.github.dsalab.complexity.Verdict;
import java.util.ArrayList;
import java.util.List;

/**
 * The lab's one door to the fitter ({@code io.github.dsalab.complexity}): hands it raw samples and
 * turns its verdict into the {@link Series} the table, the charts and the JSON show. Nothing is
 * fitted here.
 */
public final class Fits {
  private Fits() {}

  /**
   * Fits samples with one size: {@code values[i]} was measured at {@code sizes[i]} (sizes may
   * repeat).
   */
  public static Series oneSize(String unit, long[] sizes, double[] values) {
    Verdict verdict = ComplexityFitter.fit(sizes, values);
    long[] fittedSizes = verdict.sizes();
    double[] medians = verdict.medians();
    double[] deviations = verdict.deviations();
    List<Point> points = new ArrayList<>();
    for (int i = 0; i < fittedSizes.length; i++) {
      int samples = 0;
      for (long size : sizes) {
        samples += size == fittedSizes[i] ? 1 : 0;
      }
      points.add(new Point(fittedSizes[i], 0, medians[i], deviations[i], samples));
    }
    return new Series(unit, points, view(verdict));
  }

  static FitView view(Verdict verdict) {
    // The fits as the verdict judged them: a step, where there is one, is drawn too.
    CandidateFit best = verdict.bestFit();
    ComplexityClass second = verdict.runnerUp().orElse(verdict.best());
    CandidateFit runnerUp = verdict.runnerUpFit().orElse(best);
    return new FitView(
        verdict.toString(),
        verdict.best(),
        second,
        verdict.isAmbiguous(),
        verdict.exponent(),
        verdict.exponentLower(),
        verdict.exponentUpper(),
        verdict.leadingCoefficient(),
        verdict.rSquared(),
        (n, m) -> best.predict(n),
        (n, m) -> runnerUp.predict(n),
        plusMinus(verdict.exponent(), verdict.exponentLower(), verdict.exponentUpper()),
        verdict.lackOfFit().map(Object::toString).orElse(null));
  }

  /** An exponent with its interval as {@code 1.12 ± 0.01} (half the interval's width). */
  static String plusMinus(double exponent, double low, double high) {
    if (!Double.isFinite(exponent)) {
      return "-";
    }
    return String.format(java.util.Locale.ROOT, "%.2f ± %.2f", exponent, (high - low) / 2);
  }



  /** The median of {@code values} (which it does not modify). */
  public static double median(double[] values) {
    double[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }
}
