package io.github.dsalab.lab.timing;

import io.github.dsalab.lab.benchmarks.GraphBenchmark;
import io.github.dsalab.lab.benchmarks.HeapBenchmark;
import io.github.dsalab.lab.benchmarks.SearchBenchmark;
import io.github.dsalab.lab.benchmarks.SortBenchmark;
import io.github.dsalab.lab.benchmarks.TreeBenchmark;
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
 * The lab's short JMH pass: runs the topic benchmarks ({@code SortBenchmark}, ...) through JMH's
 * {@link Runner} API with short iterations, one size list per algorithm, and hands back every
 * measured iteration in nanoseconds per operation. The forked JVMs find their classes because the
 * lab runs from the shaded jar, which is then {@code java.class.path}.
 */
public final class TimingPass {
  /** JVM start-up, JMH handshake and a benchmark's data setup per fork on a busy 2-core machine. */
  static final double FORK_OVERHEAD_SECONDS = 1.5;
  /** The shortest iteration worth timing: below this, timer resolution and noise dominate. */
  static final double MIN_ITERATION_SECONDS = 0.05;
  /** Longer iterations do not buy a short pass anything. */
  static final double MAX_ITERATION_SECONDS = 0.5;
  static final int WARMUP_ITERATIONS = 2;
  static final int MEASUREMENT_ITERATIONS = 3;
  /** How long to wait for another JMH run to release JMH's global lock. */
  static final int LOCK_WAIT_SECONDS = 600;
  /**
   * The benchmarks the timing pass may run, one per topic. Named here rather than found by sharing
   * a package: a benchmark the lab times is one a reader can find from this list.
   */
  static final List<Class<?>> BENCHMARKS = List.of(
      SortBenchmark.class, SearchBenchmark.class, TreeBenchmark.class, HeapBenchmark.class, GraphBenchmark.class);
  private static final String PACKAGE = SortBenchmark.class.getPackageName();

  /**
   * One benchmark method to time at {@code sizes} (its {@code @Param sizeParam}), with its
   * {@code @Param shapeParam}, if it has one, set to {@code shape}.
   */
  record Job(String benchmark, String method, List<Integer> sizes, InputShape shape, String sizeParam,
      String shapeParam) {
    Job {
      Objects.requireNonNull(benchmark, "benchmark");
      Objects.requireNonNull(method, "method");
      sizes = List.copyOf(sizes);
      Objects.requireNonNull(shape, "shape");
      Objects.requireNonNull(sizeParam, "sizeParam");
      Objects.requireNonNull(shapeParam, "shapeParam");
    }

    String fullName() {
      return PACKAGE + "." + benchmark + "." + method;
    }
  }

  /** Identifies one timed (benchmark method, shape, size). */
  record Key(String benchmark, String method, InputShape shape, int n) {}

  /** Iteration counts and lengths for every benchmark of the pass. */
  record Settings(int forks, int warmupIterations, double warmupSeconds, int measurementIterations,
      double measurementSeconds) {
    /** Estimated wall time of one (method, size) pair, forks included. */
    double secondsPerRun() {
      return forks * (FORK_OVERHEAD_SECONDS + warmupIterations * warmupSeconds
          + measurementIterations * measurementSeconds);
    }

    String describe() {
      return String.format(Locale.ROOT, "%d fork%s, %d x %.0f ms warm-up, %d x %.0f ms measured",
          forks, forks == 1 ? "" : "s", warmupIterations, 1000 * warmupSeconds,
          measurementIterations, 1000 * measurementSeconds);
    }
  }

  private TimingPass() {}

  /**
   * Chooses iteration lengths so that {@code runs} (method, size) pairs fit in {@code budgetSeconds};
   * never below {@link #MIN_ITERATION_SECONDS}, so an impossible budget is overrun (and said so by
   * the caller) rather than turned into meaningless timings.
   */
  static Settings plan(int runs, double budgetSeconds, int forks) {
    if (runs < 1) {
      throw new IllegalArgumentException("runs is " + runs + ", must be >= 1");
    }
    if (forks < 1) {
      throw new IllegalArgumentException("forks is " + forks + ", must be >= 1");
    }
    double perRun = budgetSeconds / runs / forks - FORK_OVERHEAD_SECONDS;
    double iteration = perRun / (WARMUP_ITERATIONS + MEASUREMENT_ITERATIONS);
    iteration = Math.max(MIN_ITERATION_SECONDS, Math.min(MAX_ITERATION_SECONDS, iteration));
    return new Settings(forks, WARMUP_ITERATIONS, iteration, MEASUREMENT_ITERATIONS, iteration);
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
   * The timings of a pass, the share of each timing JMH's GC profiler saw spent in garbage
   * collection (the median over its iterations of GC time over iteration time), and how long the
   * pass waited for another JMH run to release JMH's lock.
   */
  record Outcome(Map<Key, double[]> scores, Map<Key, Double> gcShares, double waitedSeconds) {}

  /**
   * The heap of every forked JVM: the largest timed input (10⁶ boxed keys in a tree, about 60 MB)
   * and its copies fit several times over, so the collector does not thrash, and a fixed size keeps
   * heap resizing out of the timings. The lab's machine has 23 GiB.
   */
  static final List<String> FORK_HEAP = List.of("-Xms1g", "-Xmx1g");

  /** Runs the jobs, grouped into as few JMH runs as their sizes and shapes allow. */
  static Outcome run(List<Job> jobs, Settings settings, Progress progress)
      throws TimingFailedException {
    Map<String, List<Job>> groups = new LinkedHashMap<>();
    for (Job job : jobs) {
      groups.computeIfAbsent(job.benchmark() + "|" + job.sizes() + "|" + job.shape() + "|" + job.sizeParam()
              + "|" + job.shapeParam(),
          key -> new ArrayList<>()).add(job);
    }
    int totalRuns = jobs.stream().mapToInt(job -> job.sizes().size()).sum();
    ProgressFormat format = new ProgressFormat(progress, totalRuns, settings);
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
      Map<Key, Double> gcShares = new LinkedHashMap<>();
      Map<Key, double[]> scores = runGroups(groups, settings, progress, format, gcShares);
      return new Outcome(scores, gcShares, format.waitedSeconds);
    } finally {
      System.setOut(standardOut);
    }
  }

  private static Map<Key, double[]> runGroups(Map<String, List<Job>> groups, Settings settings, Progress progress,
      ProgressFormat format, Map<Key, Double> gcShares) throws TimingFailedException {
    Map<Key, double[]> scores = new LinkedHashMap<>();
    for (List<Job> group : groups.values()) {
      Job first = group.get(0);
      Class<?> type = benchmarkClass(first.benchmark());
      ChainedOptionsBuilder options = new OptionsBuilder()
          .forks(settings.forks())
          .warmupIterations(settings.warmupIterations())
          .warmupTime(milliseconds(settings.warmupSeconds()))
          .measurementIterations(settings.measurementIterations())
          .measurementTime(milliseconds(settings.measurementSeconds()))
          .mode(Mode.AverageTime)
          .timeUnit(TimeUnit.NANOSECONDS)
          .shouldFailOnError(true)
          .jvmArgsAppend(FORK_HEAP.toArray(new String[0]))
          .addProfiler(GCProfiler.class)
          .timeout(TimeValue.seconds(60));
      for (Job job : group) {
        requireMethod(type, job.method());
        options.include("^" + Pattern.quote(job.fullName()) + "$");
      }
      Map<String, String[]> params = paramValues(type);
      if (!params.containsKey(first.sizeParam())) {
        throw new TimingFailedException(first.benchmark() + " has no @Param '" + first.sizeParam() + "' for the size;"
            + " it has " + params.keySet());
      }
      options.param(first.sizeParam(), first.sizes().stream().map(String::valueOf).toArray(String[]::new));
      if (params.containsKey(first.shapeParam())) {
        options.param(first.shapeParam(), shapeValue(first.benchmark(), params.get(first.shapeParam()), first.shape()));
      }
      String context = group.stream().map(Job::fullName).collect(Collectors.joining(", "))
          + " at n = " + first.sizes();
      Collection<RunResult> results = runWaitingForLock(options, format, context, progress);
      try {
        requireResults(results, context);
      } catch (TimingFailedException e) {
        throw new TimingFailedException(e.getMessage() + format.recentOutput());
      }
      for (RunResult result : results) {
        BenchmarkParams benchmarkParams = result.getParams();
        String fullName = benchmarkParams.getBenchmark();
        String method = fullName.substring(fullName.lastIndexOf('.') + 1);
        String size = benchmarkParams.getParam(first.sizeParam());
        int n = size == null ? 0 : Integer.parseInt(size);
        double[] iterations = result.getBenchmarkResults().stream()
            .map(BenchmarkResult::getIterationResults)
            .flatMap(Collection::stream)
            .mapToDouble(iteration -> iteration.getPrimaryResult().getScore())
            .toArray();
        if (iterations.length == 0) {
          throw new TimingFailedException("JMH measured no iteration of " + fullName + " at n = " + n
              + format.recentOutput());
        }
        scores.put(new Key(first.benchmark(), method, first.shape(), n), iterations);
        double share = gcShare(result, settings.measurementSeconds());
        if (!Double.isNaN(share)) {
          gcShares.put(new Key(first.benchmark(), method, first.shape(), n), share);
        }
      }
      for (Job job : group) {
        for (int n : job.sizes()) {
          if (!scores.containsKey(new Key(job.benchmark(), job.method(), job.shape(), n))) {
            throw new TimingFailedException("JMH returned no result for " + job.fullName() + " at n = "
                + n + "; does " + job.benchmark() + " declare @Param " + job.sizeParam() + "?"
                + format.recentOutput());
          }
        }
      }
    }
    return scores;
  }

  /**
   * The median over the measured iterations of the GC profiler's {@code gc.time} (milliseconds
   * spent collecting during the iteration) over the iteration's length (its operations times their
   * mean time, which exceeds the planned length when one operation outlasts it); NaN without the
   * profiler's figures. The profiler reports no {@code gc.time} for an iteration without a
   * collection ({@code gc.count} 0): its share is 0.
   */
  static double gcShare(RunResult result, double iterationSeconds) {
    double[] shares = result.getBenchmarkResults().stream()
        .map(BenchmarkResult::getIterationResults)
        .flatMap(Collection::stream)
        .filter(iteration -> iteration.getSecondaryResults().containsKey("gc.count"))
        .mapToDouble(iteration -> {
          if (!iteration.getSecondaryResults().containsKey("gc.time")) {
            return 0;
          }
          double millis = iteration.getMetadata() == null ? 1000 * iterationSeconds
              : Math.max(1000 * iterationSeconds,
                  iteration.getPrimaryResult().getScore() * iteration.getMetadata().getMeasuredOps() / 1e6);
          return iteration.getSecondaryResults().get("gc.time").getScore() / millis;
        })
        .sorted()
        .toArray();
    if (shares.length == 0) {
      return Double.NaN;
    }
    int middle = shares.length / 2;
    return shares.length % 2 == 1 ? shares[middle] : (shares[middle - 1] + shares[middle]) / 2;
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

  /** The benchmark class of a topic, such as {@code SortBenchmark}, or null when it is not one of {@link #BENCHMARKS}. */
  public static Class<?> findBenchmarkClass(String simpleName) {
    return BENCHMARKS.stream().filter(type -> type.getSimpleName().equals(simpleName)).findFirst().orElse(null);
  }

  /** True when {@code simpleName} exists and declares a {@code @Benchmark} method {@code method}. */
  static boolean hasBenchmark(String simpleName, String method) {
    Class<?> type = findBenchmarkClass(simpleName);
    return type != null && Arrays.stream(type.getMethods())
        .anyMatch(m -> m.getName().equals(method) && m.isAnnotationPresent(Benchmark.class));
  }

  /**
   * How many operations one invocation of a benchmark method runs, by its
   * {@code @OperationsPerInvocation} (1 without one): JMH divides the time by it.
   */
  static int operationsPerInvocation(String simpleName, String method) {
    Class<?> type = findBenchmarkClass(simpleName);
    if (type == null) {
      return 1;
    }
    for (Method candidate : type.getMethods()) {
      OperationsPerInvocation annotation = candidate.getAnnotation(OperationsPerInvocation.class);
      if (candidate.getName().equals(method) && annotation != null) {
        return annotation.value();
      }
    }
    return 1;
  }

  private static Class<?> benchmarkClass(String simpleName) throws TimingFailedException {
    Class<?> type = findBenchmarkClass(simpleName);
    if (type == null) {
      throw new TimingFailedException("benchmark class " + simpleName + " is not one of the lab's benchmarks "
          + BENCHMARKS.stream().map(Class::getSimpleName).toList());
    }
    return type;
  }

  private static void requireMethod(Class<?> type, String method) throws TimingFailedException {
    for (Method candidate : type.getMethods()) {
      if (candidate.getName().equals(method) && candidate.isAnnotationPresent(Benchmark.class)) {
        return;
      }
    }
    throw new TimingFailedException(type.getSimpleName() + " has no @Benchmark method '" + method
        + "'; it has " + Arrays.stream(type.getMethods())
            .filter(m -> m.isAnnotationPresent(Benchmark.class)).map(Method::getName).sorted()
            .collect(Collectors.toList()));
  }

  /**
   * The {@code @Param} fields of a benchmark class and of its nested {@code @State} classes (the
   * states its methods take as arguments), with their declared values.
   */
  public static Map<String, String[]> paramValues(Class<?> type) {
    Map<String, String[]> params = new LinkedHashMap<>();
    List<Class<?>> holders = new ArrayList<>();
    holders.add(type);
    holders.addAll(Arrays.asList(type.getDeclaredClasses()));
    for (Class<?> holder : holders) {
      for (Class<?> c = holder; c != null && c != Object.class; c = c.getSuperclass()) {
        for (Field field : c.getDeclaredFields()) {
          Param param = field.getAnnotation(Param.class);
          if (param != null) {
            params.putIfAbsent(field.getName(), param.value());
          }
        }
      }
    }
    return params;
  }

  /** The benchmark's spelling of {@code shape} ({@code random}, {@code RANDOM}, {@code few_distinct}). */
  public static String shapeValue(String benchmark, String[] declared, InputShape shape) throws TimingFailedException {
    String wanted = normalise(shape.name());
    for (String value : declared) {
      if (normalise(value).equals(wanted)) {
        return value;
      }
    }
    if (declared.length == 0 || (declared.length == 1 && declared[0].isEmpty())) {
      // An enum @Param with no listed values takes every constant; JMH accepts the constant's name.
      return shape.name();
    }
    throw new TimingFailedException(benchmark + " has no shape '" + shape.label() + "'; it declares "
        + Arrays.toString(declared));
  }

  private static String normalise(String value) {
    return value.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
  }

  private static TimeValue milliseconds(double seconds) {
    return TimeValue.milliseconds(Math.max(1, Math.round(seconds * 1000)));
  }

  /** Turns JMH's events into progress lines and keeps its last messages for error reports. */
  private static final class ProgressFormat implements OutputFormat {
    private static final int KEPT_LINES = 15;
    private final Progress progress;
    private final int totalRuns;
    private final Settings settings;
    private final Deque<String> recent = new ArrayDeque<>();
    private final StringBuilder partial = new StringBuilder();
    private int started;
    private long firstStart;
    double waitedSeconds;
    boolean toldAboutLock;

    ProgressFormat(Progress progress, int totalRuns, Settings settings) {
      this.progress = progress;
      this.totalRuns = totalRuns;
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
      String name = params.getBenchmark();
      String shortName = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
      StringBuilder what = new StringBuilder("timing ").append(shortName);
      for (String key : params.getParamsKeys()) {
        what.append(' ').append(key).append('=').append(params.getParam(key));
      }
      what.append("  [").append(started + 1).append('/').append(totalRuns).append(']');
      long now = System.nanoTime();
      if (started == 0) {
        firstStart = now;
      }
      // The plan's pace until runs have been seen, then whichever is slower: plan or reality.
      double observed = started == 0 ? 0 : ((now - firstStart) / 1e9 - waitedSeconds) / started;
      double left = (totalRuns - started) * Math.max(settings.secondsPerRun(), observed);
      progress.step(what.toString(), started, left, true);
      started++;
    }

    @Override
    public void iteration(BenchmarkParams benchParams, IterationParams params, int iteration) {}

    @Override
    public void iterationResult(BenchmarkParams benchParams, IterationParams params, int iteration,
        IterationResult data) {}

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
