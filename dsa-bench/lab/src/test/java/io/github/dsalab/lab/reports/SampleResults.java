package io.github.dsalab.lab.reports;

import io.github.dsalab.complexity.ComplexityClass;
import io.github.dsalab.lab.costs.CacheLevel;
import io.github.dsalab.lab.costs.CacheSizes;
import io.github.dsalab.lab.costs.CostProfile;
import io.github.dsalab.lab.costs.OperationCost;
import io.github.dsalab.lab.counts.CountSuite;
import io.github.dsalab.lab.inputs.InputShape;
import io.github.dsalab.lab.inputs.Sizes;
import io.github.dsalab.lab.results.Consistency;
import io.github.dsalab.lab.results.CountExperiment;
import io.github.dsalab.lab.results.Fits;
import io.github.dsalab.lab.results.LabResults;
import io.github.dsalab.lab.results.LabRow;
import io.github.dsalab.lab.results.Progress;
import io.github.dsalab.lab.results.Series;
import java.util.ArrayList;
import java.util.List;

/**
 * A report's worth of results with every part a page shows: count rows, a timed row whose cost per
 * operation rises where its data leaves a cache level (a footnote and a cost chart), and one whose
 * timing no class fits (a footnote with the figures). Counts are counted; timings are made up from
 * the counts, so that the page can be tested without a JMH run.
 */
final class SampleResults {
  /** The lab machine's caches: L1d 32 KiB, L2 512 KiB, L3 32 MiB. */
  private static final CacheSizes CACHES = CacheSizes.of(List.of(
      new CacheLevel(1, 32 << 10), new CacheLevel(2, 512 << 10), new CacheLevel(3, 32L << 20)));
  private static final List<Integer> SIZES = Sizes.doubling(1024, 7);

  private SampleResults() {}

  static LabResults withTimings() {
    List<CountExperiment> experiments = List.of(
        toy("pairs", ComplexityClass.QUADRATIC, (n, m) -> (long) n * (n - 1) / 2),
        toy("scan", ComplexityClass.LINEAR, (n, m) -> 3L * n + 7),
        toy("walk", ComplexityClass.N_LOG_N, (n, m) -> (long) (n * Math.log(n) / Math.log(2))));
    List<LabRow> counted = CountSuite.run(experiments, 1, Progress.silent());
    List<LabRow> rows = new ArrayList<>();
    rows.add(counted.get(0));
    // 'scan': 3 ns per step while 256 bytes a key fit in L2, 12 ns once they spill into L3.
    rows.add(timed(counted.get(1), n -> n * 256L <= 512 << 10 ? 3.0 : 12.0, 256));
    // 'walk': a cost that climbs at every size, inside one level: no class, no cache explains it.
    rows.add(timed(counted.get(2), n -> 2.0 * Math.pow(n / 1024.0, 0.6), 64));
    return new LabResults(rows, 42, "1 fork per workload, 3 replicates", 0.4, 150,
        List.of("caches: " + CACHES.describe()));
  }

  private static CountExperiment toy(String algorithm, ComplexityClass expected, CountExperiment.Counter counter) {
    return new CountExperiment("toys", algorithm, InputShape.RANDOM, expected, "steps", "a toy",
        CountExperiment.oneSize(SIZES), counter, null);
  }

  /** The row with timings of count × {@code cost(n)} (three replicates, ±2 %) and its cost profile. */
  private static LabRow timed(LabRow row, java.util.function.IntToDoubleFunction cost, int bytesPerItem) {
    long[] sizes = new long[SIZES.size() * 3];
    double[] values = new double[sizes.length];
    List<OperationCost> points = new ArrayList<>();
    double[] wobble = {0.98, 1.0, 1.02};
    for (int i = 0; i < SIZES.size(); i++) {
      int n = SIZES.get(i);
      long count = row.experiment().counter().count(n, 0);
      for (int r = 0; r < 3; r++) {
        sizes[3 * i + r] = n;
        values[3 * i + r] = count * cost.applyAsDouble(n) * wobble[r];
      }
      points.add(new OperationCost(n, (long) n * bytesPerItem, count * cost.applyAsDouble(n), count, 0.01));
    }
    Series timings = Fits.oneSize("ns per call", sizes, values);
    CostProfile costs = CostProfile.of(points, CACHES, "step");
    return new LabRow(row.experiment(), row.counts(), timings, null, Double.NaN,
        Consistency.compare(row.counts().fit(), timings.fit(), costs));
  }
}
