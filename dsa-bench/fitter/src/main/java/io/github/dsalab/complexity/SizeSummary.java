package io.github.dsalab.complexity;

import java.util.Arrays;
import java.util.EnumMap;

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

  /**
   * Interference only ever slows a run down, so samples above the centre are capped sooner (in
   * pooled scales) than samples below it.
   */
  static final double SLOW_TUNING = 1.0;
  /** Where samples below the centre are capped, in pooled scales. */
  static final double FAST_TUNING = 2.0;
  /** The point fitted per size: a robust mean of the log samples (see {@link #centres}). */
  final double[] centres;
  /**
   * The variance of {@code ln centre} estimated from the replicates alone (the sandwich variance of
   * the M-estimate, pooled over all sizes, for a size of typical sample count); 0 without spread.
   */
  final double centreVariance;

  /** {@code ln g(n)} per size and class, filled as the fit asks: it asks thousands of times. */
  private final EnumMap<ComplexityClass, double[]> logGrowth = new EnumMap<>(ComplexityClass.class);

  private SizeSummary(
      long[] sizes, double[] medians, double[] deviations, int[] counts, double[][] groups) {
    this.sizes = sizes;
    this.medians = medians;
    this.deviations = deviations;
    this.counts = counts;
    double[] variance = new double[1];
    this.centres = centres(medians, groups, variance);
    this.centreVariance = variance[0];
  }

  /**
   * Per size, an asymmetric Huber M-estimate of location of the log samples, started at the
   * median, with one scale pooled over all sizes (1.4826 × the median of the per-size MADs of the
   * logs). A sample more than {@link #SLOW_TUNING} scales above the centre, or
   * {@link #FAST_TUNING} below it, pulls on it only as hard as one at that distance: interference
   * only ever slows a run down, so slow samples are capped sooner. Unlike a redescending
   * (bisquare) estimate, Huber's has exactly one solution, so five samples cannot lock it onto a
   * pair of outliers, and with lognormal noise it is nearly as efficient as the mean of the logs.
   * Without spread (exact counts, or one sample per size) it is the median.
   */
  private static double[] centres(double[] medians, double[][] groups, double[] variance) {
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
      double centre = Math.log(medians[g]);
      if (scale > 0) {
        double slowCap = SLOW_TUNING * scale;
        double fastCap = FAST_TUNING * scale;
        // Each step moves by the mean clipped residual; the clipped mean falls monotonically
        // through zero as the centre rises, so the steps close in on the one root.
        for (int round = 0; round < 100; round++) {
          double step = 0;
          for (double sample : groups[g]) {
            double residual = Math.log(sample) - centre;
            step += Math.max(-fastCap, Math.min(slowCap, residual));
          }
          step /= groups[g].length;
          centre += step;
          if (Math.abs(step) <= 1e-12 * scale) {
            break;
          }
        }
      }
      centres[g] = Math.exp(centre);
    }
    variance[0] = sandwichVariance(groups, centres, scale);
    return centres;
  }

  /**
   * {@code E[ψ²] / (m·E[ψ']²)} with both expectations pooled over every sample, {@code ψ} the
   * clipped residual, {@code m} the median sample count per size, and {@code N − k} degrees of
   * freedom for the squares since every size spent one on its centre.
   */
  private static double sandwichVariance(double[][] groups, double[] centres, double scale) {
    if (!(scale > 0)) {
      return 0;
    }
    double squares = 0;
    double unclipped = 0;
    int samples = 0;
    double[] counts = new double[groups.length];
    for (int g = 0; g < groups.length; g++) {
      double centre = Math.log(centres[g]);
      for (double sample : groups[g]) {
        double residual = Math.log(sample) - centre;
        double clipped = Math.max(-FAST_TUNING * scale, Math.min(SLOW_TUNING * scale, residual));
        squares += clipped * clipped;
        if (clipped == residual) {
          unclipped++;
        }
      }
      samples += groups[g].length;
      counts[g] = groups[g].length;
    }
    int freedom = samples - groups.length;
    if (freedom <= 0 || unclipped == 0) {
      return 0;
    }
    double slope = unclipped / samples;
    return squares / freedom / (slope * slope) / median(counts);
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

  /**
   * {@code ln g(nᵢ)} of {@code complexityClass} at every size, computed once per summary (a
   * factorial's costs a log-gamma). The array is shared: callers must not change it.
   */
  double[] logGrowth(ComplexityClass complexityClass) {
    return logGrowth.computeIfAbsent(complexityClass, c -> {
      double[] values = new double[sizes.length];
      for (int i = 0; i < values.length; i++) {
        values[i] = c.logGrowth(sizes[i]);
      }
      return values;
    });
  }

  int size() {
    return sizes.length;
  }

  /** The number of samples over all sizes. */
  int sampleCount() {
    int samples = 0;
    for (int count : counts) {
      samples += count;
    }
    return samples;
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
