package io.github.dsalab.lab.timing;

import io.github.dsalab.lab.costs.CacheSizes;
import io.github.dsalab.lab.costs.CostProfile;
import io.github.dsalab.lab.costs.MemoryLatency;
import io.github.dsalab.lab.costs.OperationCost;
import io.github.dsalab.lab.inputs.InputShape;
import io.github.dsalab.lab.results.Consistency;
import io.github.dsalab.lab.results.CountExperiment;
import io.github.dsalab.lab.results.Fits;
import io.github.dsalab.lab.results.LabRow;
import io.github.dsalab.lab.results.Point;
import io.github.dsalab.lab.results.Progress;
import io.github.dsalab.lab.results.Series;
import io.github.dsalab.lab.results.TimingSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Plans the timing pass from the count rows (which benchmark method times which row, at which
 * sizes, against which baseline), runs it through {@link TimingPass}, and folds the timings back
 * into the rows: timing verdict, ratio to the baseline at the largest size, and consistency with
 * the count verdict.
 */
public final class Timings {
  private Timings() {}

  /** The rows with timings, how JMH ran, and notes for the reader. */
  public record Outcome(List<LabRow> rows, String settings, List<String> notes, double waitedSeconds) {}

  public static Outcome run(List<LabRow> rows, Set<InputShape> shapes, double budgetSeconds, int forks, Progress progress)
      throws TimingFailedException {
    List<String> notes = new ArrayList<>();
    Map<String, TimingPass.Job> jobs = new LinkedHashMap<>();
    Set<String> missing = new LinkedHashSet<>();
    List<LabRow> timed = new ArrayList<>();
    for (LabRow row : rows) {
      CountExperiment experiment = row.experiment();
      TimingSpec spec = experiment.timing();
      if (spec == null || !shapes.contains(experiment.shape())) {
        continue;
      }
      if (!TimingPass.hasBenchmark(spec.benchmark(), spec.method())) {
        missing.add(spec.benchmark() + "." + spec.method());
        continue;
      }
      if (!benchmarkHasShape(spec, experiment.shape())) {
        continue;
      }
      timed.add(row);
      jobs.putIfAbsent(spec.benchmark() + "." + spec.method() + "|" + experiment.shape() + "|" + spec.sizes(),
          new TimingPass.Job(spec.benchmark(), spec.method(), spec.sizes(), experiment.shape(), spec.sizeParam(),
              spec.shapeParam()));
      if (spec.baseline() != null && TimingPass.hasBenchmark(spec.benchmark(), spec.baseline())) {
        int largest = spec.sizes().stream().mapToInt(Integer::intValue).max().orElseThrow();
        jobs.putIfAbsent(spec.benchmark() + "." + spec.baseline() + "|" + experiment.shape() + "|" + largest,
            new TimingPass.Job(spec.benchmark(), spec.baseline(), List.of(largest), experiment.shape(), spec.sizeParam(),
                spec.shapeParam()));
      } else if (spec.baseline() != null) {
        missing.add(spec.benchmark() + "." + spec.baseline());
      }
    }
    if (!missing.isEmpty()) {
      notes.add("not timed (benchmark method not in this build): " + String.join(", ", missing));
    }
    if (jobs.isEmpty()) {
      throw new TimingFailedException("none of the selected rows has a benchmark to time it"
          + (missing.isEmpty() ? "" : " (missing: " + String.join(", ", missing) + ")")
          + "; use --counts-only, or pick rows with a timing benchmark (see ./lab --list)");
    }
    int runs = jobs.values().stream().mapToInt(job -> job.sizes().size()).sum();
    TimingPass.Settings settings = TimingPass.plan(runs, budgetSeconds, forks);
    double planned = runs * settings.secondsPerRun();
    if (planned > budgetSeconds * 1.2) {
      notes.add(String.format(Locale.ROOT, "the timing pass needs about %s for %d benchmark runs, more than"
          + " the --time-budget of %s: iterations are already at their %d ms minimum",
          Progress.duration(planned), runs, Progress.duration(budgetSeconds),
          Math.round(1000 * TimingPass.MIN_ITERATION_SECONDS)));
    }
    progress.startPhase("timings", runs);
    progress.note(String.format(Locale.ROOT, "Timing %d benchmark runs with JMH (%s), about %s",
        runs, settings.describe(), Progress.duration(planned)));
    long start = System.nanoTime();
    TimingPass.Outcome pass = TimingPass.run(new ArrayList<>(jobs.values()), settings, progress);
    Map<TimingPass.Key, double[]> scores = pass.scores();
    double took = (System.nanoTime() - start) / 1e9 - pass.waitedSeconds();
    if (pass.waitedSeconds() > 0) {
      notes.add(String.format(Locale.ROOT, "waited %s for another JMH run to finish before timing",
          Progress.duration(pass.waitedSeconds())));
    }
    progress.endPhase();
    if (took > 1.25 * planned) {
      notes.add(String.format(Locale.ROOT, "the timing pass took %s against a plan of %s: the machine is"
          + " busy (another JMH run, a build) or some benchmark's single operation outlasts an iteration;"
          + " timings from a busy machine are noisier", Progress.duration(took), Progress.duration(planned)));
    }

    CacheSizes caches = CacheSizes.read();
    notes.add("caches: " + caches.describe());
    List<LabRow> result = new ArrayList<>();
    for (LabRow row : rows) {
      if (!timed.contains(row)) {
        result.add(row);
        continue;
      }
      result.add(withTimings(row, scores, pass.gcShares(), caches));
    }
    MEMORY.describe().ifPresent(curve -> notes.add("memory latency (random dependent read, measured now): " + curve));
    return new Outcome(result, settings.describe(), notes, pass.waitedSeconds());
  }

  static LabRow withTimings(LabRow row, Map<TimingPass.Key, double[]> scores, Map<TimingPass.Key, Double> gcShares,
      CacheSizes caches) {
    CountExperiment experiment = row.experiment();
    TimingSpec spec = experiment.timing();
    List<Long> sizes = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    for (int n : spec.sizes()) {
      double[] iterations = scores.get(new TimingPass.Key(spec.benchmark(), spec.method(), experiment.shape(), n));
      for (double value : iterations) {
        sizes.add((long) n);
        values.add(value);
      }
    }
    Series timings = Fits.oneSize("ns/op", sizes.stream().mapToLong(Long::longValue).toArray(),
        values.stream().mapToDouble(Double::doubleValue).toArray());
    int largest = spec.sizes().stream().mapToInt(Integer::intValue).max().orElseThrow();
    double ratio = Double.NaN;
    double[] baseline = spec.baseline() == null ? null
        : scores.get(new TimingPass.Key(spec.benchmark(), spec.baseline(), experiment.shape(), largest));
    if (baseline != null) {
      ratio = timings.largest().median() / Fits.median(baseline);
    }
    CostProfile costs = costs(experiment, timings, gcShares, caches);
    Consistency consistency = spec.timedClass() == null
        ? Consistency.compare(row.counts().fit(), timings.fit(), costs)
        : row.countConfirmsExpected()
            ? Consistency.compare(spec.timedClass(), null, timings.fit(), costs)
            : new Consistency(Consistency.State.INCONSISTENT,
                "the counts themselves miss the expected class, so the timing has nothing firm to agree with", costs);
    return new LabRow(experiment, row.counts(), timings, ratio, consistency);
  }

  /**
   * The cost of one counted operation at every timed size: the median time of one benchmark
   * invocation over the exact count of the same work at the same size (counted afresh there, on the lab's seeded input of the same
   * shape), beside the working set, {@code n × bytesPerItem}.
   */
  static CostProfile costs(CountExperiment experiment, Series timings, Map<TimingPass.Key, Double> gcShares,
      CacheSizes caches) {
    TimingSpec spec = experiment.timing();
    if (spec.timedClass() != null || experiment.twoSizes()) {
      return CostProfile.notMeasured("its benchmark varies its sizes otherwise than the counts do (a graph's V"
          + " and E together), so there is no exact count at the timed sizes to divide by");
    }
    // JMH reports time per operation; a method that runs many (1024 searches) says how many.
    int perInvocation = TimingPass.operationsPerInvocation(spec.benchmark(), spec.method());
    List<OperationCost> points = new ArrayList<>();
    for (Point point : timings.points()) {
      int n = (int) point.n();
      Double gcShare = gcShares.get(new TimingPass.Key(spec.benchmark(), spec.method(), experiment.shape(), n));
      points.add(new OperationCost(n, (long) n * spec.bytesPerItem(), point.median() * perInvocation,
          experiment.counter().count(n, 0), gcShare == null ? Double.NaN : gcShare));
    }
    return CostProfile.of(points, caches, operation(experiment.counted()), MEMORY::across);
  }

  /** This machine's memory latency, measured once per lab process and only where a row's cost needs it. */
  private static final MemoryLatency MEMORY = new MemoryLatency();

  /**
   * One counted operation, singular: {@code comparisons in 1024 searches} → {@code comparison},
   * {@code predicate calls} → {@code predicate call}, {@code arcs scanned} → {@code arc scanned}.
   */
  static String operation(String counted) {
    String[] words = counted.split(" in ", 2)[0].trim().split(" ");
    for (int i = 0; i < words.length; i++) {
      if (words[i].endsWith("s") && words[i].length() > 1) {
        words[i] = words[i].substring(0, words[i].length() - 1);
        break;
      }
    }
    return String.join(" ", words);
  }

  private static boolean benchmarkHasShape(TimingSpec spec, InputShape shape) {
    Class<?> type = TimingPass.findBenchmarkClass(spec.benchmark());
    String[] declared = TimingPass.paramValues(type).get(spec.shapeParam());
    if (declared == null) {
      // A benchmark without a shape parameter times random input.
      return shape == InputShape.RANDOM;
    }
    try {
      TimingPass.shapeValue(spec.benchmark(), declared, shape);
      return true;
    } catch (TimingFailedException e) {
      return false;
    }
  }
}
