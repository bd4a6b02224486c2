package io.github.dsalab.complexity;

import java.util.Arrays;

/**
 * The raw samples grouped by size: per size the median (the point that is fitted) and the median
 * absolute deviation (its spread). Both ignore a minority of outliers, which a mean and a
 * standard deviation do not.
 */
final class SizeSummary {
  final long[] sizes;
  final double[] medians;
  final double[] deviations;
  final int[] counts;

  /** Interference only ever slows a run down, so samples above the centre are trusted less. */
  static final double SLOW_TUNING = 3.0;
  /** The point fitted per size: a robust mean of the log samples (see {@link #centres}). */
  final double[] centres;

  private SizeSummary(
      long[] sizes, double[] medians, double[] deviations, int[] counts, double[][] groups) {
    this.sizes = sizes;
    this.medians = medians;
    this.deviations = deviations;
    this.counts = counts;
    this.centres = centres(medians, groups);
  }

  /**
   * Per size, Tukey's bisquare M-estimate of location of the log samples, started at the median,
   * with one scale pooled over all sizes (1.4826 × the median of the per-size MADs of the logs).
   * With lognormal noise it is nearly as efficient as the mean of the logs, far more than the
   * median of five, yet a sample a few pooled scales above the rest gets no weight. Without
   * spread (exact counts, or one sample per size) it is the median.
   */
  private static double[] centres(double[] medians, double[][] groups) {
    int k = medians.length;
    double[] logDeviations = new double[k];
    for (int g = 0; g < k; g++) {
      double[] deviations = new double[groups[g].length];
      double centre = Math.log(medians[g]);
      for (int i = 0; i < deviations.length; i++) {
        deviations[i] = Math.abs(Math.log(groups[g][i]) - centre);
      }
      logDeviations[g] = median(deviations);
    }
    double scale = 1.4826 * median(logDeviations);
    double[] centres = new double[k];
    for (int g = 0; g < k; g++) {
      double[] sorted = groups[g].clone();
      java.util.Arrays.sort(sorted);
      double centre = Math.log(medians[g]);
      if (scale > 0 && sorted.length >= 3) {
        centre = Math.log(sorted[(sorted.length - 1) / 3]);
      }
      if (scale > 0) {
        for (int round = 0; round < 10; round++) {
          double sum = 0;
          double total = 0;
          for (double sample : groups[g]) {
            double residual = Math.log(sample) - centre;
            double tuning = residual > 0 ? SLOW_TUNING : RobustWeights.TUNING;
            double u = residual / (tuning * scale);
            double weight = Math.abs(u) < 1 ? (1 - u * u) * (1 - u * u) : 0;
            sum += weight * residual;
            total += weight;
          }
          if (total == 0) {
            break;
          }
          centre += sum / total;
        }
      }
      centres[g] = Math.exp(centre);
    }
    return centres;
  }

  /** Groups {@code values[i]} measured at {@code sizes[i]}; the arrays are already validated. */
  static SizeSummary of(long[] sizes, double[] values) {
    int length = sizes.length;
    Integer[] order = new Integer[length];
    for (int i = 0; i < length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (x, y) -> Long.compare(sizes[x], sizes[y]));
    int distinct = distinctCount(sizes);
    long[] groupSizes = new long[distinct];
    double[] medians = new double[distinct];
    double[] deviations = new double[distinct];
    int[] counts = new int[distinct];
    double[][] groups = new double[distinct][];
    int group = 0;
    for (int start = 0; start < length; ) {
      int end = start;
      while (end < length && sizes[order[end]] == sizes[order[start]]) {
        end++;
      }
      double[] samples = new double[end - start];
      for (int i = start; i < end; i++) {
        samples[i - start] = values[order[i]];
      }
      groupSizes[group] = sizes[order[start]];
      groups[group] = samples.clone();
      medians[group] = median(samples);
      for (int i = 0; i < samples.length; i++) {
        samples[i] = Math.abs(samples[i] - medians[group]);
      }
      deviations[group] = median(samples);
      counts[group] = samples.length;
      group++;
      start = end;
    }
    return new SizeSummary(groupSizes, medians, deviations, counts, groups);
  }

  static int distinctCount(long[] sizes) {
    return (int) Arrays.stream(sizes).distinct().count();
  }

  int size() {
    return sizes.length;
  }

  /** Sorts {@code samples} in place and returns their median. */
  static double median(double[] samples) {
    Arrays.sort(samples);
    int middle = samples.length / 2;
    return samples.length % 2 == 1
        ? samples[middle]
        : samples[middle - 1] + (samples[middle] - samples[middle - 1]) / 2;
  }
}
