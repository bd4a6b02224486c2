package io.github.dsalab.lab.timing;

import io.github.dsalab.lab.benchmarks.SizeSweep;
import io.github.dsalab.lab.benchmarks.Workloads;
import io.github.dsalab.lab.costs.CacheSizes;
import io.github.dsalab.lab.costs.CostProfile;
import io.github.dsalab.lab.costs.MemoryLatency;
import io.github.dsalab.lab.costs.OperationCost;
import io.github.dsalab.lab.costs.VertexAndArcCosts;
import io.github.dsalab.lab.inputs.InputShape;
import io.github.dsalab.lab.results.Consistency;
import io.github.dsalab.lab.results.CountExperiment;
import io.github.dsalab.lab.results.Fits;
import io.github.dsalab.lab.results.LabRow;
import io.github.dsalab.lab.results.Progress;
import io.github.dsalab.lab.results.Series;
import io.github.dsalab.lab.results.TimingSpec;
import io.github.dsalab.lab.results.TwoSizeFits;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Plans the timing pass from the count rows (which workload times which row, at which shapes and
 * sizes, against which baseline), runs it through {@link TimingPass}, and folds the timings back
 * into the rows: timing verdict (fitted like the counts: over n, or over V and E together), the
 * baseline's curve at the same sizes, the ratio to it at the largest size, the cost of one counted
 * operation at each size, and the timing's consistency with the count verdict.
 */
public final class Timings {
  private Timings() {}

  /** The rows with timings, how JMH ran, and notes for the reader. */
  public record Outcome(List<LabRow> rows, String settings, List<String> notes, double waitedSeconds) {}

  public static Outcome run(List<LabRow> rows, Set<InputShape> shapes, double budgetSeconds, int forks, Progress progress)
      throws TimingFailedException {
    List<String> notes = new ArrayList<>();
    Map<String, Set<SizeSweep.Cell>> cells = new LinkedHashMap<>();
    List<LabRow> timed = new ArrayList<>();
    for (LabRow row : rows) {
      CountExperiment experiment = row.experiment();
      TimingSpec spec = experiment.timing();
      if (spec == null || !shapes.contains(experiment.shape())
          || !Workloads.named(spec.workload()).shapes().contains(experiment.shape())) {
        continue;
      }
      timed.add(row);
      for (CountExperiment.Size size : spec.sizes()) {
        SizeSweep.Cell cell = new SizeSweep.Cell(experiment.shape(), size.n(), size.m());
        cells.computeIfAbsent(spec.workload(), key -> new LinkedHashSet<>()).add(cell);
        if (spec.baseline() != null && Workloads.named(spec.baseline()).shapes().contains(experiment.shape())) {
          cells.computeIfAbsent(spec.baseline(), key -> new LinkedHashSet<>()).add(cell);
        }
      }
    }
    if (cells.isEmpty()) {
      throw new TimingFailedException("none of the selected rows has a workload to time it on these shapes;"
          + " use --counts-only, or pick rows and shapes that are timed (see ./lab --list)");
    }
    List<TimingPass.Job> jobs = new ArrayList<>();
    int cellCount = 0;
    for (Map.Entry<String, Set<SizeSweep.Cell>> entry : cells.entrySet()) {
      jobs.add(new TimingPass.Job(entry.getKey(), new ArrayList<>(entry.getValue())));
      cellCount += entry.getValue().size();
    }
    TimingPass.Settings settings = TimingPass.plan(jobs.size(), cellCount, budgetSeconds, forks);
    double planned = 0;
    for (TimingPass.Job job : jobs) {
      planned += settings.secondsFor(job.cells().size());
    }
    if (planned > budgetSeconds * 1.2) {
      notes.add(String.format(Locale.ROOT, "the timing pass needs about %s for %d workloads at %d sizes, more"
          + " than the --time-budget of %s: iterations are already at their %d ms minimum",
          Progress.duration(planned), jobs.size(), cellCount, Progress.duration(budgetSeconds),
          Math.round(1000 * TimingPass.MIN_ITERATION_SECONDS)));
    }
    progress.note(String.format(Locale.ROOT, "Timing %d workloads at %d sizes with JMH (%s), about %s",
        jobs.size(), cellCount, settings.describe(), Progress.duration(planned)));
    progress.startPhase("timings", TimingPass.iterations(jobs, settings));
    long start = System.nanoTime();
    TimingPass.Outcome pass = TimingPass.run(jobs, settings, progress);
    double took = (System.nanoTime() - start) / 1e9 - pass.waitedSeconds();
    if (pass.waitedSeconds() > 0) {
      notes.add(String.format(Locale.ROOT, "waited %s for another JMH run to finish before timing",
          Progress.duration(pass.waitedSeconds())));
    }
    progress.endPhase();
    if (took > 1.25 * planned) {
      notes.add(String.format(Locale.ROOT, "the timing pass took %s against a plan of %s: the machine is"
          + " busy (another JMH run, a build) or some single calls outlast an iteration (the largest"
          + " inputs); timings from a busy machine are noisier", Progress.duration(took),
          Progress.duration(planned)));
    }

    CacheSizes caches = CacheSizes.read();
    notes.add("caches: " + caches.describe());
    List<LabRow> result = new ArrayList<>();
    for (LabRow row : rows) {
      result.add(timed.contains(row) ? withTimings(row, pass.scores(), pass.gcShares(), caches) : row);
    }
    MEMORY.describe().ifPresent(curve -> notes.add("memory latency (random dependent read, measured now): " + curve));
    return new Outcome(result, settings.describe(), notes, pass.waitedSeconds());
  }

  static LabRow withTimings(LabRow row, Map<TimingPass.Key, double[]> scores, Map<TimingPass.Key, Double> gcShares,
      CacheSizes caches) {
    CountExperiment experiment = row.experiment();
    TimingSpec spec = experiment.timing();
    Series timings = series(spec.workload(), experiment, scores);
    Series baseline = spec.baseline() == null
        || !scores.containsKey(key(spec.baseline(), experiment, spec.sizes().get(0)))
        ? null : series(spec.baseline(), experiment, scores);
    double ratio = Double.NaN;
    if (baseline != null) {
      CountExperiment.Size largest = largest(spec.sizes());
      ratio = Fits.median(scores.get(key(spec.workload(), experiment, largest)))
          / Fits.median(scores.get(key(spec.baseline(), experiment, largest)));
    }
    CostProfile costs = costs(experiment, scores, gcShares, caches);
    Consistency consistency = Consistency.compare(row.counts().fit(), timings.fit(), costs);
    return new LabRow(experiment, row.counts(), timings, baseline, ratio, consistency);
  }

  private static Series series(String workload, CountExperiment experiment, Map<TimingPass.Key, double[]> scores) {
    TimingSpec spec = experiment.timing();
    List<CountExperiment.Size> sizes = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    for (CountExperiment.Size size : spec.sizes()) {
      for (double value : scores.get(key(workload, experiment, size))) {
        sizes.add(size);
        values.add(value);
      }
    }
    double[] times = values.stream().mapToDouble(Double::doubleValue).toArray();
    if (spec.twoSizes()) {
      return TwoSizeFits.fit("ns per call", sizes, times);
    }
    return Fits.oneSize("ns per call", sizes.stream().mapToLong(CountExperiment.Size::n).toArray(), times);
  }

  private static TimingPass.Key key(String workload, CountExperiment experiment, CountExperiment.Size size) {
    return new TimingPass.Key(workload, new SizeSweep.Cell(experiment.shape(), size.n(), size.m()));
  }

  private static CountExperiment.Size largest(List<CountExperiment.Size> sizes) {
    CountExperiment.Size largest = sizes.get(0);
    for (CountExperiment.Size size : sizes) {
      if ((long) size.n() + size.m() > (long) largest.n() + largest.m()) {
        largest = size;
      }
    }
    return largest;
  }

  /**
   * The cost of one counted operation at every timed size: the median time of one call over the
   * exact count of the same work on the same input (the workloads build the count suite's inputs
   * from the same seeds), beside the data's size, {@code n × bytesPerItem} (plus
   * {@code E × bytesPerArc} for a graph, whose size is then given as V + E).
   */
  static CostProfile costs(CountExperiment experiment, Map<TimingPass.Key, double[]> scores,
      Map<TimingPass.Key, Double> gcShares, CacheSizes caches) {
    TimingSpec spec = experiment.timing();
    List<OperationCost> points = new ArrayList<>();
    for (CountExperiment.Size size : spec.sizes()) {
      TimingPass.Key key = key(spec.workload(), experiment, size);
      Double gcShare = gcShares.get(key);
      long count = experiment.counter().count(size.n(), size.m());
      if (count < 1) {
        return CostProfile.notMeasured("the count is 0 at n = " + size.n() + ", so there is no cost per operation");
      }
      points.add(new OperationCost((long) size.n() + size.m(), spec.workingSetBytes(size),
          Fits.median(scores.get(key)), count, gcShare == null ? Double.NaN : gcShare));
    }
    if (spec.twoSizes()) {
      return graphCosts(experiment, points, caches);
    }
    if (points.stream().anyMatch(point -> point.workingSetBytes() < 1)) {
      // No data to speak of (first true searches a range of numbers): no memory latency to set it against.
      return CostProfile.of(points, caches, operation(experiment.counted()));
    }
    return CostProfile.of(points, caches, operation(experiment.counted()), MEMORY::across);
  }

  /** This machine's memory latency, measured once per lab process and only where a row's cost needs it. */
  private static final MemoryLatency MEMORY = new MemoryLatency();

  /**
   * A graph row's cost: one cost per vertex and one per arc ({@link VertexAndArcCosts}), since the
   * grid varies V and E on their own and a vertex costs more than an arc; when the two account for
   * every graph's time, the time is O(V + E), measured; otherwise the single cost per counted
   * operation is read as for any row, with the two-cost fit's spread added.
   */
  private static CostProfile graphCosts(CountExperiment experiment, List<OperationCost> points, CacheSizes caches) {
    List<CountExperiment.Size> sizes = experiment.timing().sizes();
    long[] vertices = sizes.stream().mapToLong(CountExperiment.Size::n).toArray();
    long[] arcs = sizes.stream().mapToLong(CountExperiment.Size::m).toArray();
    double[] nanoseconds = points.stream().mapToDouble(OperationCost::nanoseconds).toArray();
    VertexAndArcCosts split = VertexAndArcCosts.fit(vertices, arcs, nanoseconds);
    String[] parts = operation(experiment.counted()).split(" or ", 2);
    String sentence = split.describe(parts[0], parts.length > 1 ? parts[1] : "arc");
    if (split.constant()) {
      return new CostProfile(points, caches, operation(experiment.counted()), CostProfile.Explanation.CONSTANT_COST,
          sentence + String.format(Locale.ROOT, " at every graph of the grid (V = %,d to %,d, E = %,d to %,d): the"
              + " time is V times one constant plus E times another", vertices[0], vertices[vertices.length - 1],
              java.util.Arrays.stream(arcs).min().orElse(0), java.util.Arrays.stream(arcs).max().orElse(0)));
    }
    CostProfile single = CostProfile.of(points, caches, operation(experiment.counted()));
    return new CostProfile(single.points(), caches, single.operation(), single.explanation(), single.sentence()
        + String.format(Locale.ROOT, "; nor do a cost per vertex and one per arc: the closest (~%s ns and ~%s ns)"
            + " leaves the graphs' times spread ×%.2f around it, more than ×%.1f", CostProfile.nanosecondsText(
                split.perVertex()), CostProfile.nanosecondsText(split.perArc()), split.spread(),
            CostProfile.SAME_COST));
  }

  /**
   * One counted operation, singular: {@code comparisons in 1024 searches} → {@code comparison},
   * {@code predicate calls} → {@code predicate call}, {@code vertices visited + arcs scanned} →
   * {@code vertex visited or arc scanned}.
   */
  static String operation(String counted) {
    List<String> parts = new ArrayList<>();
    for (String part : counted.split(" in ", 2)[0].trim().split(" \\+ ")) {
      String[] words = part.trim().split(" ");
      for (int i = 0; i < words.length; i++) {
        if (words[i].endsWith("ices")) {
          words[i] = words[i].substring(0, words[i].length() - 4) + "ex";
          break;
        }
        if (words[i].endsWith("s") && words[i].length() > 1) {
          words[i] = words[i].substring(0, words[i].length() - 1);
          break;
        }
      }
      parts.add(String.join(" ", words));
    }
    return String.join(" or ", parts);
  }

}
