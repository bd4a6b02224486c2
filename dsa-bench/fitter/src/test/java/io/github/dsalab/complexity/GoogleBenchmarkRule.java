package io.github.dsalab.complexity;

import java.util.EnumSet;
import java.util.Set;

/**
 * google/benchmark's {@code oAuto} rule (src/complexity.cc, {@code MinimalLeastSq}), rewritten for
 * comparison: each candidate is one coefficient through the origin, {@code T ≈ c·g(n)}, with
 * {@code c = Σ T·g / Σ g²}; the RMS of the residuals divided by the mean time ranks them; O(1) is
 * the default and another class replaces the current best only with a strictly lower RMS. The
 * candidates are benchmark's: 1, log n, n, n log n, n², n³ (log base 2). Every repetition is one
 * point, as benchmark feeds all repetitions of a family to the fit.
 */
final class GoogleBenchmarkRule {
  static final Set<ComplexityClass> CANDIDATES =
      EnumSet.of(
          ComplexityClass.CONSTANT,
          ComplexityClass.LOGARITHMIC,
          ComplexityClass.LINEAR,
          ComplexityClass.N_LOG_N,
          ComplexityClass.QUADRATIC,
          ComplexityClass.CUBIC);

  private GoogleBenchmarkRule() {}

  static ComplexityClass classify(long[] sizes, double[] times) {
    ComplexityClass best = null;
    double bestRms = Double.POSITIVE_INFINITY;
    for (ComplexityClass candidate : CANDIDATES) {
      double rms = normalisedRms(candidate, sizes, times);
      if (best == null || rms < bestRms) {
        best = candidate;
        bestRms = rms;
      }
    }
    return best;
  }

  private static double normalisedRms(ComplexityClass candidate, long[] sizes, double[] times) {
    double sumSquaredGrowth = 0;
    double sumTimeGrowth = 0;
    double sumTime = 0;
    for (int i = 0; i < sizes.length; i++) {
      double growth = growth(candidate, sizes[i]);
      sumSquaredGrowth += growth * growth;
      sumTimeGrowth += times[i] * growth;
      sumTime += times[i];
    }
    double coefficient = sumTimeGrowth / sumSquaredGrowth;
    double squares = 0;
    for (int i = 0; i < sizes.length; i++) {
      double residual = times[i] - coefficient * growth(candidate, sizes[i]);
      squares += residual * residual;
    }
    double mean = sumTime / sizes.length;
    return Math.sqrt(squares / sizes.length) / mean;
  }

  private static double growth(ComplexityClass candidate, long n) {
    double log2 = Math.log(n) / Math.log(2);
    switch (candidate) {
      case LOGARITHMIC:
        return log2;
      case LINEAR:
        return n;
      case N_LOG_N:
        return n * log2;
      case QUADRATIC:
        return Math.pow(n, 2);
      case CUBIC:
        return Math.pow(n, 3);
      default:
        return 1;
    }
  }
}
