package io.github.dsalab.lab.cli;

import io.github.dsalab.complexity.ComplexityClass;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Seeded measurement files of the kind people bring to {@code ./lab fit}, made without the
 * fitter's own generators and unlike them: sizes from a 1-2-5 series, half decades or a ×1.6
 * ladder (not doublings), a different number of repeats per size, heavy-tailed noise (Student's t
 * with 4 degrees of freedom), and one to three of what real runs add — a first repeat slowed by
 * warm-up, drift over the run, a step between two sizes, a large constant overhead, rare slow
 * samples — written in ns, µs, ms or s, rounded to the timer's resolution, with comments and a
 * header line.
 *
 * <pre>{@code
 * MeasurementFiles.Made made = MeasurementFiles.make(Truth.N_LOG_N, 0.08, 7L);
 * Files.writeString(path, made.text());   // then ./lab fit path
 * }</pre>
 */
final class MeasurementFiles {
  /** The true growth of a file: the polynomial-time classes, and one growth that is no class. */
  enum Truth {
    CONSTANT(ComplexityClass.CONSTANT),
    LOGARITHMIC(ComplexityClass.LOGARITHMIC),
    SQUARE_ROOT(ComplexityClass.SQUARE_ROOT),
    LINEAR(ComplexityClass.LINEAR),
    N_LOG_N(ComplexityClass.N_LOG_N),
    QUADRATIC(ComplexityClass.QUADRATIC),
    CUBIC(ComplexityClass.CUBIC),
    /** {@code n·log²n}: between {@code O(n log n)} and {@code O(n²)}, and neither. */
    N_LOG_SQUARED_N(null);

    /** The class, or null for {@link #N_LOG_SQUARED_N}. */
    final ComplexityClass growthClass;

    Truth(ComplexityClass growthClass) {
      this.growthClass = growthClass;
    }

    double growth(double n) {
      if (growthClass == null) {
        double log = Math.log(n) / Math.log(2);
        return n * log * log;
      }
      return growthClass.growth(n);
    }
  }

  /** What a run may add to the noise. */
  enum Distortion {
    /** The first repeat at each size is slower ×1.1–1.8 (JIT, cold caches). */
    WARM_UP,
    /** Every sample slowed by up to 5–15 %, growing over the order the samples were taken in. */
    DRIFT,
    /** All sizes from a random one on are ×1.2–1.6 slower (the data left a cache level). */
    STEP,
    /** A constant part of 1–3 times the leading term at the smallest size. */
    LARGE_OVERHEAD,
    /** 4 % of samples slowed ×1.5–4 (a collector pause, another process). */
    SLOW_SAMPLES
  }

  /**
   * One file's text and what went into it.
   *
   * @param text the file, ready to write
   * @param truth the true growth
   * @param distortions what was added to the noise
   */
  record Made(String text, Truth truth, List<Distortion> distortions) {}

  private static final String[] UNITS = {"ns", "us", "ms", "s"};

  private MeasurementFiles() {}

  /** One file with true growth {@code truth} and noise of about {@code sigma} (relative), from {@code seed}. */
  static Made make(Truth truth, double sigma, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    long[] sizes = sizes(random);
    List<Distortion> distortions = new ArrayList<>();
    Distortion[] all = Distortion.values();
    int count = 1 + random.nextInt(3);
    while (distortions.size() < count) {
      Distortion pick = all[random.nextInt(all.length)];
      if (!distortions.contains(pick)) {
        distortions.add(pick);
      }
    }
    double overhead = distortions.contains(Distortion.LARGE_OVERHEAD)
        ? 1 + 2 * random.nextDouble() : 0.5 * random.nextDouble();
    int stepAt = distortions.contains(Distortion.STEP) ? 1 + random.nextInt(sizes.length - 1) : sizes.length;
    double step = 1.2 + 0.4 * random.nextDouble();
    double warmUp = 1.1 + 0.7 * random.nextDouble();
    double drift = 0.05 + 0.10 * random.nextDouble();
    int repeats = 3 + random.nextInt(5);

    // The samples in the order they were taken: size by size, or in rounds over all sizes.
    boolean rounds = random.nextBoolean();
    List<double[]> samples = new ArrayList<>();   // {size index, repeat}
    for (int outer = 0; outer < (rounds ? repeats : sizes.length); outer++) {
      for (int inner = 0; inner < (rounds ? sizes.length : repeats); inner++) {
        int size = rounds ? inner : outer;
        int repeat = rounds ? outer : inner;
        // A size measured fewer times: a slow run the user cut short (never fewer than 2).
        if (size == sizes.length / 2 && repeat >= Math.max(2, repeats - 2) && seed % 3 == 0) {
          continue;
        }
        samples.add(new double[] {size, repeat});
      }
    }

    double first = truth.growth(sizes[0]);
    double[] values = new double[samples.size()];
    double smallest = Double.POSITIVE_INFINITY;
    for (int k = 0; k < samples.size(); k++) {
      int size = (int) samples.get(k)[0];
      int repeat = (int) samples.get(k)[1];
      double value = overhead + truth.growth(sizes[size]) / first;
      if (size >= stepAt) {
        value *= step;
      }
      value *= Math.exp(sigma * studentT4(random));
      if (distortions.contains(Distortion.WARM_UP) && repeat == 0) {
        value *= warmUp;
      }
      if (distortions.contains(Distortion.DRIFT)) {
        value *= 1 + drift * k / samples.size();
      }
      if (distortions.contains(Distortion.SLOW_SAMPLES) && random.nextDouble() < 0.04) {
        value *= 1.5 + 2.5 * random.nextDouble();
      }
      values[k] = value;
      smallest = Math.min(smallest, value);
    }

    // A unit and a scale: the smallest sample is 0.5 to 50 000 units; the timer resolves 1/1000 of it.
    int unit = random.nextInt(UNITS.length);
    double scale = Math.pow(10, -0.3 + 5 * random.nextDouble()) / smallest;
    double resolution = Math.pow(10, Math.floor(Math.log10(smallest * scale)) - 3);
    StringBuilder text = new StringBuilder();
    text.append("# timings of a user's method, in ").append(UNITS[unit]).append(", ").append(repeats)
        .append(" repeats per size\n");
    text.append(random.nextBoolean() ? "n,time_" + UNITS[unit] + "\n" : "size,value\n");
    for (int k = 0; k < samples.size(); k++) {
      double rounded = Math.round(values[k] * scale / resolution) * resolution;
      text.append(sizes[(int) samples.get(k)[0]]).append(',')
          .append(String.format(Locale.ROOT, "%.6g", Math.max(rounded, resolution))).append('\n');
    }
    return new Made(text.toString(), truth, List.copyOf(distortions));
  }

  /** Sizes as people choose them: a 1-2-5 series, half decades, or a ladder of ×1.6. */
  private static long[] sizes(SplittableRandom random) {
    long start = new long[] {10, 100, 1000}[random.nextInt(3)];
    List<Long> sizes = new ArrayList<>();
    switch (random.nextInt(3)) {
      case 0 -> {
        int[] mantissas = {1, 2, 5};
        int count = 7 + random.nextInt(4);   // 7 to 10 sizes: a span of 200× to 1000×
        for (int i = 0; i < count; i++) {
          sizes.add(start * mantissas[i % 3] * (long) Math.pow(10, i / 3));
        }
      }
      case 1 -> {
        int count = 6 + random.nextInt(4);   // 6 to 9 sizes: 316× to 10 000×
        for (int i = 0; i < count; i++) {
          sizes.add(Math.round(start * Math.pow(10, i / 2.0)));
        }
      }
      default -> {
        int count = 10 + random.nextInt(6);  // 10 to 15 sizes: 69× to 720×
        for (int i = 0; i < count; i++) {
          sizes.add(Math.round(start * Math.pow(1.6, i) / 10) * 10);
        }
      }
    }
    return sizes.stream().mapToLong(Long::longValue).toArray();
  }

  /** Student's t with 4 degrees of freedom, scaled to variance 1: heavier tails than a normal. */
  private static double studentT4(SplittableRandom random) {
    double normal = gaussian(random);
    double chiSquare = 0;
    for (int i = 0; i < 4; i++) {
      double g = gaussian(random);
      chiSquare += g * g;
    }
    return normal / Math.sqrt(chiSquare / 4) / Math.sqrt(2);
  }

  private static double gaussian(SplittableRandom random) {
    // Box–Muller; SplittableRandom has no nextGaussian on Java 17.
    double u = 1 - random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
  }
}
