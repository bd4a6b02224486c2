package io.github.dsalab.lab.ratios;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs the paired rounds of a {@link HeadlinePair} with JMH, one fork per side per round, ours and
 * the baseline in ABBA order (ours first in even rounds, the baseline first in odd ones), so a
 * machine that slows down or speeds up over the run treats both sides alike. Every fork runs with
 * JMH's GC profiler, which adds the allocation per call ({@code gc.alloc.rate.norm}).
 *
 * @param rounds paired rounds, at least 2 (each is one fork of ours and one of the baseline)
 * @param warmupIterations warm-up iterations per fork
 * @param iterations measured iterations per fork
 * @param secondsPerIteration the length of every iteration
 */
public record PairedForks(int rounds, int warmupIterations, int iterations, int secondsPerIteration) {
  /** How long to wait for another JMH run to release JMH's global lock before giving up. */
  static final long LOCK_WAIT_SECONDS = 900;

  /**
   * Checks the settings.
   *
   * @throws IllegalArgumentException if a setting is out of range
   */
  public PairedForks {
    if (rounds < 2) {
      throw new IllegalArgumentException("forks is " + rounds + ", must be at least 2 per side");
    }
    if (warmupIterations < 0) {
      throw new IllegalArgumentException("warm-up iterations is " + warmupIterations + ", must be >= 0");
    }
    if (iterations < 1) {
      throw new IllegalArgumentException("iterations is " + iterations + ", must be >= 1");
    }
    if (secondsPerIteration < 1) {
      throw new IllegalArgumentException("time is " + secondsPerIteration + " s, must be >= 1");
    }
  }

  /**
   * Measures one pair.
   *
   * @param pair the pair
   * @param size the size parameter {@code n}
   * @param progress told one line per fork
   * @return the paired rounds
   * @throws RatioRunException if JMH fails or returns no result
   */
  public PairMeasurement measure(HeadlinePair pair, int size, Consumer<String> progress) throws RatioRunException {
    Objects.requireNonNull(pair, "pair");
    List<Double> ours = new ArrayList<>();
    List<Double> baseline = new ArrayList<>();
    List<Double> oursBytes = new ArrayList<>();
    List<Double> baselineBytes = new ArrayList<>();
    String unit = "";
    for (int round = 0; round < rounds; round++) {
      boolean oursFirst = round % 2 == 0;
      for (int side = 0; side < 2; side++) {
        boolean isOurs = (side == 0) == oursFirst;
        RunResult result = runFork(isOurs ? pair.oursPattern() : pair.baselinePattern(), pair, size);
        double score = result.getPrimaryResult().getScore();
        unit = result.getPrimaryResult().getScoreUnit();
        (isOurs ? ours : baseline).add(score);
        (isOurs ? oursBytes : baselineBytes).add(allocation(result));
        progress.accept(String.format(java.util.Locale.ROOT, "%s round %d/%d: %s %.4g %s", pair.slug(),
            round + 1, rounds, isOurs ? "ours" : "baseline", score, unit));
      }
    }
    return new PairMeasurement(pair, size, ours, baseline, unit, medianOrNaN(oursBytes), medianOrNaN(baselineBytes));
  }

  private RunResult runFork(String include, HeadlinePair pair, int size) throws RatioRunException {
    ChainedOptionsBuilder options = new OptionsBuilder()
        .include(include)
        .forks(1)
        .warmupIterations(warmupIterations)
        .warmupTime(TimeValue.seconds(secondsPerIteration))
        .measurementIterations(iterations)
        .measurementTime(TimeValue.seconds(secondsPerIteration))
        .param("n", Integer.toString(size))
        .addProfiler(GCProfiler.class)
        .shouldFailOnError(true)
        .verbosity(VerboseMode.SILENT);
    pair.shape().ifPresent(shape -> options.param("shape", shape));
    Collection<RunResult> results = runWaitingForLock(options, include);
    if (results.size() != 1) {
      throw new RatioRunException("JMH returned " + results.size() + " results for " + include + ", expected 1"
          + " (is the benchmark in this jar, and did its fork start?)");
    }
    return results.iterator().next();
  }

  private static Collection<RunResult> runWaitingForLock(ChainedOptionsBuilder options, String include)
      throws RatioRunException {
    long deadline = System.nanoTime() + LOCK_WAIT_SECONDS * 1_000_000_000L;
    while (true) {
      try {
        // The forks' own printing (a benchmark's setup may report memory) stays out of the table.
        return new Runner(options.build(), OutputFormatFactory.createFormatInstance(
            new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8), VerboseMode.SILENT))
            .run();
      } catch (RunnerException | RuntimeException e) {
        String message = String.valueOf(e.getMessage());
        if (!message.contains("JMH lock") || System.nanoTime() > deadline) {
          throw new RatioRunException("JMH failed on " + include + ": " + message, e);
        }
        try {
          Thread.sleep(1000);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw new RatioRunException("interrupted while waiting for the JMH lock", interrupted);
        }
      }
    }
  }

  /** Bytes allocated per benchmark call, from the GC profiler, or NaN if it reported none. */
  @SuppressWarnings("rawtypes") // JMH declares its secondary results as Map<String, Result>, raw
  private static double allocation(RunResult result) {
    for (Map.Entry<String, Result> entry : result.getSecondaryResults().entrySet()) {
      if (entry.getKey().endsWith("gc.alloc.rate.norm")) {
        return entry.getValue().getScore();
      }
    }
    return Double.NaN;
  }

  private static double medianOrNaN(List<Double> values) {
    List<Double> known = values.stream().filter(v -> !Double.isNaN(v)).toList();
    return known.isEmpty() ? Double.NaN : PairMeasurement.median(known);
  }
}
