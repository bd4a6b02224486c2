package io.github.dsalab.complexity;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Seeded synthetic timings from <em>outside</em> the fitter's model {@code a + b·g(n)} with
 * lognormal noise: what real machines and other people's measurement files look like. Each
 * {@link Family} distorts the in-model timings of {@link SyntheticTimings} in one way a user
 * meets; {@link Family#MIXED} applies two or three distortions at once. A further truth,
 * {@code n·log²n} ({@link #N_LOG_SQUARED_N}), belongs to no class at all.
 *
 * <p>Every trial has {@value #REPLICATES} samples at each of its {@value #SIZE_COUNT} sizes.
 */
final class OutOfModelTimings {
  static final int SIZE_COUNT = 10;
  static final int REPLICATES = 5;

  /** The truths a trial can have: the polynomial-time classes and one growth between them. */
  static final ComplexityClass[] CLASSES = {
    ComplexityClass.CONSTANT,
    ComplexityClass.LOGARITHMIC,
    ComplexityClass.SQUARE_ROOT,
    ComplexityClass.LINEAR,
    ComplexityClass.N_LOG_N,
    ComplexityClass.QUADRATIC,
    ComplexityClass.CUBIC
  };

  /** Stands for the growth {@code n·log₂²n}, which no class is: a truth of {@code null}. */
  static final ComplexityClass N_LOG_SQUARED_N = null;

  /** One way measurements leave the fitter's model. */
  enum Family {
    /** A one-off multiplicative step ×1.2–1.5 between two consecutive sizes (a cache level, a GC regime). */
    STEP,
    /** A constant overhead of 1–4 times the leading term at the smallest size (in-model: at most 0.5). */
    LARGE_OVERHEAD,
    /** Besides the relative noise, additive noise of σ times the smallest size's time (timer, OS). */
    ADDITIVE_NOISE,
    /** 15% of samples slowed ×1.5–4 (in-model: 10% slowed ×1.3–3). */
    SPIKES,
    /** Ten sizes spread irregularly (not doubling) over a span of 256× to 2048×. */
    IRREGULAR_SIZES,
    /** Two or three of the above at once. */
    MIXED;
  }

  /** A trial's raw samples, its truth ({@code null} for n·log²n), and its step if it has one. */
  static final class Trial {
    final long[] sizes;
    final double[] values;
    final ComplexityClass truth;
    /** The largest size before the step, or 0 without a step. */
    final long stepAfter;
    final double stepFactor;

    Trial(long[] sizes, double[] values, ComplexityClass truth, long stepAfter, double stepFactor) {
      this.sizes = sizes;
      this.values = values;
      this.truth = truth;
      this.stepAfter = stepAfter;
      this.stepFactor = stepFactor;
    }
  }

  private OutOfModelTimings() {}

  /**
   * One trial of {@code family} with true growth {@code truth} (or {@link #N_LOG_SQUARED_N}) and
   * relative noise {@code sigma}, in a time unit from nanoseconds to seconds chosen by the seed.
   */
  static Trial trial(Family family, ComplexityClass truth, double sigma, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    boolean step = family == Family.STEP;
    boolean overhead = family == Family.LARGE_OVERHEAD;
    boolean additive = family == Family.ADDITIVE_NOISE;
    boolean spikes = family == Family.SPIKES;
    boolean irregular = family == Family.IRREGULAR_SIZES;
    if (family == Family.MIXED) {
      int chosen = 0;
      while (chosen < 2) {
        step |= random.nextDouble() < 0.5;
        overhead |= random.nextDouble() < 0.5;
        additive |= random.nextDouble() < 0.5;
        spikes |= random.nextDouble() < 0.5;
        irregular |= random.nextDouble() < 0.5;
        chosen = (step ? 1 : 0) + (overhead ? 1 : 0) + (additive ? 1 : 0) + (spikes ? 1 : 0)
            + (irregular ? 1 : 0);
      }
    }
    long[] distinct = irregular ? irregularSizes(random) : doublingSizes();
    double perUnit = Math.exp(Math.log(0.5) + random.nextDouble() * Math.log(100));
    double first = growth(truth, distinct[0]);
    double lowerFraction = random.nextDouble();
    double lowest = lowerOrder(truth, distinct[0]);
    double lowerCoefficient = lowest > 0 ? lowerFraction * first / lowest : 0;
    double overheadFraction = overhead ? 1 + 3 * random.nextDouble() : 0.5 * random.nextDouble();
    double constantCost = overheadFraction * perUnit * first;
    int stepIndex = step ? 1 + random.nextInt(SIZE_COUNT - 3) : -1;
    double stepFactor = step ? 1.2 + 0.3 * random.nextDouble() : 1;
    double spikeProbability = spikes ? 0.15 : 0.10;
    double spikeLow = spikes ? 1.5 : 1.3;
    double spikeHigh = spikes ? 4.0 : 3.0;
    double unit = Math.pow(10, -random.nextInt(10));
    double smallest = perUnit * first + constantCost;
    long[] sizes = new long[SIZE_COUNT * REPLICATES];
    double[] values = new double[SIZE_COUNT * REPLICATES];
    for (int i = 0; i < SIZE_COUNT; i++) {
      long n = distinct[i];
      double exact =
          truth == ComplexityClass.CONSTANT
              ? perUnit * first + constantCost
              : perUnit * (growth(truth, n) + lowerCoefficient * lowerOrder(truth, n)) + constantCost;
      if (step && i > stepIndex) {
        exact *= stepFactor;
      }
      for (int r = 0; r < REPLICATES; r++) {
        double sample = exact * Math.exp(sigma * random.nextGaussian());
        if (additive) {
          // Truncated at a tenth of the exact value: a timer never reports zero or less.
          sample = Math.max(0.1 * exact, sample + sigma * smallest * random.nextGaussian());
        }
        if (random.nextDouble() < spikeProbability) {
          sample *= spikeLow + (spikeHigh - spikeLow) * random.nextDouble();
        }
        sizes[i * REPLICATES + r] = n;
        values[i * REPLICATES + r] = sample * unit;
      }
    }
    return new Trial(sizes, values, truth, step ? distinct[stepIndex] : 0, stepFactor);
  }

  static long[] doublingSizes() {
    long[] sizes = new long[SIZE_COUNT];
    for (int i = 0; i < SIZE_COUNT; i++) {
      sizes[i] = 16L << i;
    }
    return sizes;
  }

  /**
   * Ten distinct sizes, the first between 10 and 100, spread over a span of 256× to 2048× with
   * gaps that vary from about a third to five thirds of the even gap (in log scale).
   */
  static long[] irregularSizes(SplittableRandom random) {
    double smallest = 10 * Math.pow(10, random.nextDouble());
    double span = Math.log(256) + random.nextDouble() * Math.log(8);
    double[] gaps = new double[SIZE_COUNT - 1];
    double total = 0;
    for (int i = 0; i < gaps.length; i++) {
      gaps[i] = 1.0 / 3 + 4.0 / 3 * random.nextDouble();
      total += gaps[i];
    }
    long[] sizes = new long[SIZE_COUNT];
    double position = 0;
    for (int i = 0; i < SIZE_COUNT; i++) {
      sizes[i] = Math.round(smallest * Math.exp(position));
      if (i > 0 && sizes[i] <= sizes[i - 1]) {
        sizes[i] = sizes[i - 1] + 1;
      }
      if (i < gaps.length) {
        position += span * gaps[i] / total;
      }
    }
    assert Arrays.stream(sizes).distinct().count() == SIZE_COUNT;
    return sizes;
  }

  /** {@code g(n)} of the truth; {@code n·log₂²n} for {@link #N_LOG_SQUARED_N}. */
  static double growth(ComplexityClass truth, long n) {
    if (truth == N_LOG_SQUARED_N) {
      double log = Math.log(n) / Math.log(2);
      return n * log * log;
    }
    return truth.growth(n);
  }

  /** The lower-order term of the truth; {@code n·log₂ n} under {@code n·log₂²n}. */
  private static double lowerOrder(ComplexityClass truth, long n) {
    return truth == N_LOG_SQUARED_N
        ? ComplexityClass.N_LOG_N.growth(n)
        : SyntheticTimings.lowerOrder(truth, n);
  }

}
