package io.github.dsalab.lab.timing;

import io.github.dsalab.lab.benchmarks.GrowthBenchmark;
import io.github.dsalab.lab.benchmarks.SizeSweep;
import io.github.dsalab.lab.inputs.InputShape;
import io.github.dsalab.lab.results.Progress;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormat;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The lab's short JMH pass: times each workload of {@link GrowthBenchmark} at all its cells (input
 * shapes and sizes) in one forked JVM per fork, through JMH's {@link Runner} API, and hands back
 * every measured iteration in nanoseconds per call, cell by cell, with the share of each iteration
 * JMH's GC profiler saw spent collecting. The forked JVMs find their classes because the lab runs
 * from the shaded jar, which is then {@code java.class.path}.
 */
public final class TimingPass {
  /**
   * JVM start-up, JMH handshake and the first cell's input per fork: about 1.2 s measured on the
   * 2-core machine (a pass of 21 one-cell forks against its plan); 1.5 s leaves room for a busy one.
   */
  static final double FORK_OVERHEAD_SECONDS = 1.5;
  /** The shortest iteration worth timing: below this, timer resolution and noise dominate. */
  static final double MIN_ITERATION_SECONDS = 0.03;
  /** Longer iterations do not buy a short pass anything. */
  static final double MAX_ITERATION_SECONDS = 0.5;
  /** Warm-up iterations per fork, on the first cell, before anything is measured. */
  static final int WARMUP_ITERATIONS = 3;
  /**
   * The length of each warm-up iteration, whatever the measured ones' length: with 100 ms warm-ups
   * quick sort's first cell still ran at 175 ns per comparison against 8 ns later in the same fork
   * (the JIT had not finished on a busy machine); 1.2 s of warm-up lets it.
   */
  static final double WARMUP_ITERATION_SECONDS = 0.4;
  /** Measured iterations per cell after its settling one: the replicates the fitter's noise estimate rests on. */
  static final int REPLICATES = 3;
  /** How long to wait for another JMH run to release JMH's global lock. */
  static final int LOCK_WAIT_SECONDS = 600;
  private static final String BENCHMARK = GrowthBenchmark.class.getName() + ".run";

  /** One workload to time at {@code cells}. */
  record Job(String workload, List<SizeSweep.Cell> cells) {
    Job {
      Objects.requireNonNull(workload, "workload");
      cells = List.copyOf(cells);
    }
  }

  /** Identifies one timed (workload, cell). */
  record Key(String workload, SizeSweep.Cell cell) {}

  /** Forks, iteration length and replicates for every workload of the pass. */
  record Settings(int forks, int warmupIterations, double iterationSeconds, int replicates) {
    /** Estimated wall time of one workload over {@code cells} cells, forks included. */
    double secondsFor(int cells) {
      return forks * (FORK_OVERHEAD_SECONDS + warmupIterations * WARMUP_ITERATION_SECONDS
          + cells * (1.0 + replicates) * iterationSeconds);
    }

    String describe() {
      return String.format(Locale.ROOT, "%d fork%s per workload, %d x %.0f ms warm-up, then 1 settling + %d"
          + " measured iteration%s of %.0f ms per size", forks, forks == 1 ? "" : "s", warmupIterations,
          1000 * WARMUP_ITERATION_SECONDS, replicates, replicates == 1 ? "" : "s", 1000 * iterationSeconds);
    }
  }

  private TimingPass() {}

  /**
   * Chooses the iteration length so that {@code workloads} workloads over {@code cells} cells in all
   * fit in {@code budgetSeconds}; never below {@link #MIN_ITERATION_SECONDS}, so an impossible
   * budget is overrun (and said so by the caller) rather than turned into meaningless timings.
   */
  static Settings plan(int workloads, int cells, double budgetSeconds, int forks) {
    if (workloads < 1 || cells < workloads) {
      throw new IllegalArgumentException("need at least one workload and a cell each, not " + workloads
          + " workloads over " + cells + " cells");
    }
    if (forks < 1) {
      throw new IllegalArgumentException("forks is " + forks + ", must be >= 1");
    }
    double iterations = cells * (1.0 + REPLICATES);
    double iteration = (budgetSeconds / forks
        - workloads * (FORK_OVERHEAD_SECONDS + WARMUP_ITERATIONS * WARMUP_ITERATION_SECONDS)) / iterations;
    iteration = Math.max(MIN_ITERATION_SECONDS, Math.min(MAX_ITERATION_SECONDS, iteration));
    return new Settings(forks, WARMUP_ITERATIONS, iteration, REPLICATES);
  }

  /**
   * The guard against JMH's quiet failure mode: when forked JVMs cannot start or find their
   * classes, {@code Runner.run()} may return an empty collection without throwing.
   *
   * @return {@code results}, when it holds at least one result with at least one measured iteration
   * @throws TimingFailedException otherwise, with {@code context} (what was run, what JMH said)
   */
  static <T> Collection<T> requireResults(Collection<T> results, String context)
      throws TimingFailedException {
    if (results == null || results.isEmpty()) {
      throw new TimingFailedException("JMH returned no results for " + context
          + ". The forked JVMs probably could not start or find the benchmark classes; run the lab"
          + " from the shaded jar (./lab), not from an IDE or exec:java.");
    }
    return results;
  }

  /**
   * The timings of a pass: per (workload, cell) the measured iterations (settling ones left out,
   * all forks together) and the median share of those iterations JMH's GC profiler saw spent in
   * garbage collection; and how long the pass waited for another JMH run to release JMH's lock.
   */
  record Outcome(Map<Key, double[]> scores, Map<Key, Double> gcShares, double waitedSeconds) {}

  /**
   * The heap of every forked JVM: the largest timed input (500 000 boxed keys in a tree, about
   * 30 MB, or a graph with 655 359 arcs and its JGraphT copy) and its copies fit many times over,
   * so the collector does not thrash, and a fixed size keeps heap resizing out of the timings.
   */
  static final List<String> FORK_HEAP = List.of("-Xms1g", "-Xmx1g");

  /** Every iteration the jobs run, warm-up and settling ones included, all forks together. */
  static int iterations(List<Job> jobs, Settings settings) {
    int total = 0;
    for (Job job : jobs) {
      total += settings.forks()
          * (settings.warmupIterations() + SizeSweep.of(job.cells(), settings.replicates()).iterationsPerFork());
    }
    return total;
  }

  /** Runs the jobs, one JMH run (of {@code settings.forks()} forks) per workload. */
  static Outcome run(List<Job> jobs, Settings settings, Progress progress) throws TimingFailedException {
    ProgressFormat format = new ProgressFormat(progress, iterations(jobs, settings), settings);
    // JMH copies what the forked benchmarks print to this JVM's System.out; keep it off stdout (which
    // may carry --json) and in the buffer shown when something fails.
    java.io.PrintStream standardOut = System.out;
    System.setOut(new java.io.PrintStream(new java.io.OutputStream() {
      @Override
      public void write(int b) {
        format.write(b);
      }

      @Override
      public void write(byte[] b, int off, int len) {
        format.captured(new String(b, off, len, java.nio.charset.StandardCharsets.UTF_8));
      }
    }, true, java.nio.charset.StandardCharsets.UTF_8));
    try {
      Map<Key, double[]> scores = new LinkedHashMap<>();
      Map<Key, Double> gcShares = new LinkedHashMap<>();
      for (Job job : jobs) {
        runJob(job, settings, progress, format, scores, gcShares);
      }
      return new Outcome(scores, gcShares, format.waitedSeconds);
    } finally {
      System.setOut(standardOut);
    }
  }

  private static void runJob(Job job, Settings settings, Progress progress, ProgressFormat format,
      Map<Key, double[]> scores, Map<Key, Double> gcShares) throws TimingFailedException {
    SizeSweep sweep = SizeSweep.of(job.cells(), settings.replicates());
    ChainedOptionsBuilder options = new OptionsBuilder()
        .include("^" + Pattern.quote(BENCHMARK) + "$")
        .forks(settings.forks())
        .warmupIterations(settings.warmupIterations())
        .warmupTime(milliseconds(WARMUP_ITERATION_SECONDS))
        .measurementIterations(sweep.iterationsPerFork())
        .measurementTime(milliseconds(settings.iterationSeconds()))
        .mode(Mode.AverageTime)
        .timeUnit(TimeUnit.NANOSECONDS)
        .shouldFailOnError(true)
        .jvmArgsAppend(FORK_HEAP.toArray(new String[0]))
        .addProfiler(GCProfiler.class)
        .param("workload", job.workload())
        .param("cells", sweep.cellsText())
        .timeout(TimeValue.seconds(60));
    String context = job.workload() + " at " + sweep.cellsText();
    format.current = job.workload();
    Collection<RunResult> results = runWaitingForLock(options, format, context, progress);
    try {
      requireResults(results, context);
    } catch (TimingFailedException e) {
      throw new TimingFailedException(e.getMessage() + format.recentOutput());
    }
    Map<SizeSweep.Cell, List<Double>> times = new LinkedHashMap<>();
    Map<SizeSweep.Cell, List<Double>> shares = new LinkedHashMap<>();
    for (RunResult result : results) {
      for (BenchmarkResult fork : result.getBenchmarkResults()) {
        int index = 0;
        for (IterationResult iteration : fork.getIterationResults()) {
          if (index >= sweep.iterationsPerFork()) {
            throw new TimingFailedException("JMH measured more iterations of " + context + " than planned ("
                + sweep.iterationsPerFork() + ")" + format.recentOutput());
          }
          if (!sweep.settles(index)) {
            SizeSweep.Cell cell = sweep.cellOf(index);
            times.computeIfAbsent(cell, key -> new ArrayList<>()).add(iteration.getPrimaryResult().getScore());
            double share = gcShare(iteration, settings.iterationSeconds());
            if (!Double.isNaN(share)) {
              shares.computeIfAbsent(cell, key -> new ArrayList<>()).add(share);
            }
          }
          index++;
        }
      }
    }
    for (SizeSweep.Cell cell : job.cells()) {
      List<Double> measured = times.get(cell);
      if (measured == null || measured.isEmpty()) {
        throw new TimingFailedException("JMH measured no iteration of " + job.workload() + " at " + cell
            + format.recentOutput());
      }
      scores.put(new Key(job.workload(), cell), measured.stream().mapToDouble(Double::doubleValue).toArray());
      List<Double> cellShares = shares.get(cell);
      if (cellShares != null) {
        gcShares.put(new Key(job.workload(), cell), median(cellShares));
      }
    }
  }

  private static double median(List<Double> values) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  /**
   * The GC profiler's {@code gc.time} (milliseconds spent collecting during the iteration) over the
   * iteration's length (its calls times their mean time, which exceeds the planned length when one
   * call outlasts it); NaN without the profiler's figures. The profiler reports no {@code gc.time}
   * for an iteration without a collection ({@code gc.count} 0): its share is 0.
   */
  static double gcShare(IterationResult iteration, double iterationSeconds) {
    if (!iteration.getSecondaryResults().containsKey("gc.count")) {
      return Double.NaN;
    }
    if (!iteration.getSecondaryResults().containsKey("gc.time")) {
      return 0;
    }
    double millis = iteration.getMetadata() == null ? 1000 * iterationSeconds
        : Math.max(1000 * iterationSeconds,
            iteration.getPrimaryResult().getScore() * iteration.getMetadata().getMeasuredOps() / 1e6);
    return iteration.getSecondaryResults().get("gc.time").getScore() / millis;
  }

  /**
   * Runs JMH; when another JMH run holds JMH's global lock (two runs at once would spoil each
   * other's timings), waits for it rather than failing, for up to {@link #LOCK_WAIT_SECONDS}.
   */
  private static Collection<RunResult> runWaitingForLock(ChainedOptionsBuilder options, ProgressFormat format,
      String context, Progress progress) throws TimingFailedException {
    long deadline = System.nanoTime() + LOCK_WAIT_SECONDS * 1_000_000_000L;
    long waitStart = 0;
    while (true) {
      try {
        if (waitStart != 0) {
          format.waitedSeconds += (System.nanoTime() - waitStart) / 1e9;
          waitStart = 0;
        }
        return new Runner(options.build(), format).run();
      } catch (RunnerException | RuntimeException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("JMH lock") && System.nanoTime() < deadline) {
          if (waitStart == 0) {
            waitStart = System.nanoTime();
          }
          if (!format.toldAboutLock) {
            progress.note("Another JMH run holds JMH's lock (its timings and ours would disturb each other);"
                + " waiting for it (up to " + LOCK_WAIT_SECONDS + " s each time)...");
            format.toldAboutLock = true;
          }
          try {
            Thread.sleep(1000);
          } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new TimingFailedException("interrupted while waiting for the JMH lock", interrupted);
          }
          continue;
        }
        throw new TimingFailedException("JMH failed on " + context + ": " + message + format.recentOutput(), e);
      }
    }
  }

  private static TimeValue milliseconds(double seconds) {
    return TimeValue.milliseconds(Math.max(1, Math.round(seconds * 1000)));
  }

  /** Turns JMH's events into progress lines and keeps its last messages for error reports. */
  private static final class ProgressFormat implements OutputFormat {
    private static final int KEPT_LINES = 15;
    private final Progress progress;
    private final int totalIterations;
    private final Settings settings;
    private final Deque<String> recent = new ArrayDeque<>();
    private final StringBuilder partial = new StringBuilder();
    private int done;
    private long firstStart;
    double waitedSeconds;
    boolean toldAboutLock;
    String current = "";

    ProgressFormat(Progress progress, int totalIterations, Settings settings) {
      this.progress = progress;
      this.totalIterations = totalIterations;
      this.settings = settings;
    }

    String recentOutput() {
      if (recent.isEmpty()) {
        return "";
      }
      return System.lineSeparator() + "Last JMH output:" + System.lineSeparator() + "  "
          + String.join(System.lineSeparator() + "  ", recent);
    }

    @Override
    public void startBenchmark(BenchmarkParams params) {
      if (firstStart == 0) {
        firstStart = System.nanoTime();
      }
    }

    @Override
    public void iteration(BenchmarkParams benchParams, IterationParams params, int iteration) {}

    @Override
    public void iterationResult(BenchmarkParams benchParams, IterationParams params, int iteration,
        IterationResult data) {
      done++;
      long now = System.nanoTime();
      // The plan's pace until iterations have been seen, then whichever is slower: plan or reality.
      double observed = ((now - firstStart) / 1e9 - waitedSeconds) / done;
      double planned = settings.iterationSeconds() + FORK_OVERHEAD_SECONDS / Math.max(1, totalIterations);
      double left = (totalIterations - done) * Math.max(planned, observed);
      progress.step("timing " + current + " (" + params.getType().toString().toLowerCase(Locale.ROOT) + " "
          + iteration + "/" + params.getCount() + ")", Math.min(done, totalIterations - 1), left, true);
    }

    @Override
    public void endBenchmark(BenchmarkResult result) {}

    @Override
    public void startRun() {}

    @Override
    public void endRun(Collection<RunResult> result) {}

    @Override
    public void print(String s) {
      captured(s);
    }

    @Override
    public void println(String s) {
      captured(s + "\n");
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    @Override
    public void verbosePrintln(String s) {
      keep(s);
    }

    @Override
    public void write(int b) {
      if (b == '\n') {
        keep(partial.toString());
        partial.setLength(0);
      } else {
        partial.append((char) b);
      }
    }

    void captured(String text) {
      partial.append(text);
      int newline;
      while ((newline = partial.indexOf("\n")) >= 0) {
        keep(partial.substring(0, newline));
        partial.delete(0, newline + 1);
      }
    }

    @Override
    public void write(byte[] b) {
      captured(new String(b, java.nio.charset.StandardCharsets.UTF_8));
    }

    private void keep(String line) {
      for (String part : line.split("\\R")) {
        if (!part.isBlank()) {
          recent.addLast(part.strip());
          if (recent.size() > KEPT_LINES) {
            recent.removeFirst();
          }
        }
      }
    }
  }
}
