package io.github.dsalab.complexity;

import java.util.SplittableRandom;

/**
 * Seeded synthetic timings for the accuracy tests: a leading term, a realistic lower-order term,
 * a constant overhead, lognormal noise and occasional slow outliers, as a noisy laptop produces.
 *
 * <p>{@code T(n) = A·(g(n) + c·h(n)) + overhead}, where {@code A} (the cost per unit of work) is
 * log-uniform in [0.5, 50] ns, {@code h} is the next lower-order term an implementation of that
 * class typically has, {@code c} is chosen so that {@code c·h(n₀)} is a random fraction
 * {@code ρ} of {@code g(n₀)} at the smallest size {@code n₀}, and the overhead is a random fraction
 * {@code κ ∈ [0, 0.5]} of the leading term at {@code n₀}.
 */
final class SyntheticTimings {
  static final int SIZE_COUNT = 10;
  static final int REPLICATES = 5;
  static final double OUTLIER_PROBABILITY = 0.10;
  /**
   * The overhead is at most this fraction of the leading term at the smallest size: for binary
   * search at n = 16, two loop iterations' worth of call and set-up cost. (With up to a whole
   * leading term, O(log n) at σ = 0.2 drops to about 92% right and 3% confidently O(√n): over a
   * 512× span such a log n rises less than 2×.)
   */
  static final double MAXIMUM_OVERHEAD = 0.5;

  /** A trial's raw samples, each size repeated {@link #REPLICATES} times, in nanoseconds. */
  static final class Trial {
    final long[] sizes;
    final double[] nanoseconds;

    Trial(long[] sizes, double[] nanoseconds) {
      this.sizes = sizes;
      this.nanoseconds = nanoseconds;
    }

    Trial scaled(double factor) {
      double[] values = nanoseconds.clone();
      for (int i = 0; i < values.length; i++) {
        values[i] *= factor;
      }
      return new Trial(sizes, values);
    }
  }

  private SyntheticTimings() {}

  /** Doubling sizes 16..8192 (a 512× span), but consecutive n where growth is exponential. */
  static long[] distinctSizes(ComplexityClass complexityClass) {
    long[] sizes = new long[SIZE_COUNT];
    for (int i = 0; i < SIZE_COUNT; i++) {
      switch (complexityClass) {
        case EXPONENTIAL:
          sizes[i] = 10 + i;
          break;
        case FACTORIAL:
          sizes[i] = 4 + i;
          break;
        default:
          sizes[i] = 16L << i;
      }
    }
    return sizes;
  }

  static Trial trial(ComplexityClass complexityClass, double sigma, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    long[] distinct = distinctSizes(complexityClass);
    double perUnit = Math.exp(Math.log(0.5) + random.nextDouble() * Math.log(100));
    double first = complexityClass.growth(distinct[0]);
    double lowerFraction =
        complexityClass == ComplexityClass.N_LOG_N
            ? -0.5 + 1.5 * random.nextDouble()
            : random.nextDouble();
    double lowest = lowerOrder(complexityClass, distinct[0]);
    double lowerCoefficient = lowest > 0 ? lowerFraction * first / lowest : 0;
    double overhead = MAXIMUM_OVERHEAD * random.nextDouble() * perUnit * first;
    long[] sizes = new long[SIZE_COUNT * REPLICATES];
    double[] values = new double[SIZE_COUNT * REPLICATES];
    for (int i = 0; i < SIZE_COUNT; i++) {
      long n = distinct[i];
      double exact =
          complexityClass == ComplexityClass.CONSTANT
              ? perUnit + overhead
              : perUnit * (complexityClass.growth(n) + lowerCoefficient * lowerOrder(complexityClass, n))
                  + overhead;
      for (int r = 0; r < REPLICATES; r++) {
        double sample = exact * Math.exp(sigma * random.nextGaussian());
        if (random.nextDouble() < OUTLIER_PROBABILITY) {
          sample *= 1.3 + 1.7 * random.nextDouble();
        }
        sizes[i * REPLICATES + r] = n;
        values[i * REPLICATES + r] = sample;
      }
    }
    return new Trial(sizes, values);
  }

  /** The lower-order term {@code h(n)} of each class; none (only the overhead) for O(1) and O(log n). */
  static double lowerOrder(ComplexityClass complexityClass, long n) {
    switch (complexityClass) {
      case SQUARE_ROOT:
      case LINEAR:
        return ComplexityClass.LOGARITHMIC.growth(n);
      case N_LOG_N:
      case QUADRATIC:
        return n;
      case CUBIC:
      case EXPONENTIAL:
        return (double) n * n;
      case FACTORIAL:
        return ComplexityClass.EXPONENTIAL.growth(n);
      default:
        return 0;
    }
  }
}
