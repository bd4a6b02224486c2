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

  private SizeSummary(long[] sizes, double[] medians, double[] deviations, int[] counts) {
    this.sizes = sizes;
    this.medians = medians;
    this.deviations = deviations;
    this.counts = counts;
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
      medians[group] = median(samples);
      for (int i = 0; i < samples.length; i++) {
        samples[i] = Math.abs(samples[i] - medians[group]);
      }
      deviations[group] = median(samples);
      counts[group] = samples.length;
      group++;
      start = end;
    }
    return new SizeSummary(groupSizes, medians, deviations, counts);
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
