package io.github.dsalab.lab.costs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * What one row's operations cost in time, size by size, and what that says about its timing.
 * When the time is the count times a cost per operation that stays put while the data stays in
 * one cache level and rises as it leaves one, the timing is explained by the counts and the
 * caches, and the profile says so in one sentence: "each comparison costs ~3.1 ns while the data
 * fits in L2 and ~40 ns once it spills to memory". The nominal cache sizes often do not tell where
 * a read gets dearer (a virtual machine shares its last-level cache; the TLB runs out first), so
 * when the cost changes within a level, and a measured {@link LatencyCurve} is at hand, the profile
 * fits the cost to a fixed part plus a share of the latency of a random read at each size, and
 * says so when that fits every size. When neither explains the cost, or it falls, the profile says
 * where, with the measured figures, and does not guess why.
 *
 * <p>Cost: {@code O(k · c + k log m)} for {@code k} sizes, {@code c} cache levels and {@code m}
 * measured latencies, plus measuring the latency when it is needed ({@link MemoryLatency}).
 *
 * <pre>{@code
 * CostProfile profile = CostProfile.of(costs, CacheSizes.read(), "comparison");
 * profile.explanation();   // Explanation.COST_RISES_AT_CACHE_LEVELS
 * profile.sentence();      // "each comparison costs ~3.1 ns while the data fits in L2 and ~40 ns ..."
 * CostProfile.of(costs, caches, "comparison", new MemoryLatency()::across).explanation();
 *                          // COST_FOLLOWS_MEMORY_LATENCY, when the latency fits
 * }</pre>
 *
 * @param points the cost per size, smallest size first (empty when not measured)
 * @param caches the machine's caches the working sets are set against
 * @param operation what one counted operation is, singular: {@code comparison}
 * @param explanation how the costs read
 * @param sentence the reading as a learner reads it
 */
public record CostProfile(List<OperationCost> points, CacheSizes caches, String operation, Explanation explanation,
    String sentence) {
  /**
   * Costs within this factor of each other count as the same cost: a difference no larger than the
   * one the same measurement shows from one run to the next is not evidence. Measured on the lab's
   * 2-core machine (two triples of quiet default runs, 2026-12-01, 246 cells timed in all three runs
   * of a triple): the cost of one cell, largest over smallest of its three runs, was at most ×1.2
   * for half the cells, ×1.6 for nine in ten and ×2.0 for nineteen in twenty. With a band of ×1.5
   * (the value before), selection sort and breadth-first search changed verdict on it within a
   * triple, and bubble, merge and heap sort came within 6 % of it; ×2 still tells the ×3 to ×13
   * rises that reads from farther out bring.
   */
  public static final double SAME_COST = 2.0;
  /** A cost may seem to fall by this factor from one level to the next before that counts as a fall: noise. */
  static final double NOISE = 1.25;

  /** How the costs per operation read. */
  public enum Explanation {
    /** The same cost at every size: time is count times a constant. */
    CONSTANT_COST,
    /** Constant within each cache level the data occupies, higher in each level farther out. */
    COST_RISES_AT_CACHE_LEVELS,
    /**
     * Rises with the measured latency of a random memory read at the data's size: the cost is a
     * fixed part plus a share of that latency, within {@link #FITS} at every size. Reported, but not
     * taken as explaining the timings ({@link #explainsTimings()}): the latency curve of a shared
     * machine moves from run to run (at 4 MiB the lab measured 22, 62, 94 and 120 ns in four
     * processes), so a two-parameter likeness to it decided a tree's verdict one way in one run and
     * the other way in the next.
     */
    COST_FOLLOWS_MEMORY_LATENCY,
    /**
     * The cost changes where no cache boundary is crossed and the memory latency does not follow
     * it, or falls: the counts do not explain the time.
     */
    NOT_EXPLAINED,
    /** No cost was measured (no exact count at the timed sizes, or no timing). */
    NOT_MEASURED
  }

  /**
   * A fit of cost to memory latency is accepted only when every size's cost lies within this
   * factor of it. The costs are medians of two forks and move by about ±20 % from run to run on the
   * lab's machine, so a point may sit ×1.2 off its true cost while the fit, pulled by the others,
   * sits a few per cent off the other way; ×1.3 leaves room for that, and no more.
   */
  static final double FITS = 1.3;
  /**
   * The latency must rise by at least this factor across the sizes before it can explain a
   * rising cost: a flatter latency is within the noise of its own measurement (the median of one
   * size moved by up to a third between sweeps on the lab's machine) and explains nothing.
   */
  static final double LATENCY_RISES = SAME_COST;
  /** Fewer sizes than this cannot test a two-parameter fit: two points fit any rising line. */
  static final int FIT_POINTS = 3;

  /** A GC share from this fraction of the time up is named in the sentence: a twentieth is worth a reader's notice. */
  static final double NOTABLE_GC_SHARE = 0.05;

  public CostProfile {
    points = List.copyOf(points);
    Objects.requireNonNull(caches, "caches");
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(explanation, "explanation");
    Objects.requireNonNull(sentence, "sentence");
  }

  /** A row whose cost could not be measured, with the reason. */
  public static CostProfile notMeasured(String why) {
    return new CostProfile(List.of(), CacheSizes.of(List.of()), "operation", Explanation.NOT_MEASURED, why);
  }

  /**
   * Reads {@code points} (any order, at least one) against {@code caches}.
   *
   * @param operation what one counted operation is, singular, such as {@code comparison}
   */
  public static CostProfile of(List<OperationCost> points, CacheSizes caches, String operation) {
    return withGcShare(read(points, caches, operation), caches, operation);
  }

  /**
   * Reads {@code points} against {@code caches} and, when the caches do not explain them, against
   * this machine's memory latency across their working sets, which {@code latency} measures (or
   * looks up) from the smallest to the largest working set; it is called only then, once.
   *
   * @param latency the latency of a random read from the first byte count to the second, such as
   *     {@code new MemoryLatency()::across}
   */
  public static CostProfile of(List<OperationCost> points, CacheSizes caches, String operation,
      BiFunction<Long, Long, LatencyCurve> latency) {
    Objects.requireNonNull(latency, "latency");
    CostProfile read = read(points, caches, operation);
    if (read.explanation() == Explanation.NOT_EXPLAINED && read.points().size() >= FIT_POINTS) {
      long smallest = read.points().stream().mapToLong(OperationCost::workingSetBytes).min().orElseThrow();
      long largest = read.points().stream().mapToLong(OperationCost::workingSetBytes).max().orElseThrow();
      read = againstLatency(read, latency.apply(smallest, largest));
    }
    return withGcShare(read, caches, operation);
  }

  private static CostProfile withGcShare(CostProfile read, CacheSizes caches, String operation) {
    OperationCost mostGc = null;
    for (OperationCost point : read.points()) {
      if (point.gcShare() >= NOTABLE_GC_SHARE && (mostGc == null || point.gcShare() > mostGc.gcShare())) {
        mostGc = point;
      }
    }
    if (mostGc == null) {
      return read;
    }
    return new CostProfile(read.points(), caches, operation, read.explanation(), read.sentence() + String.format(
        Locale.ROOT, "; garbage collection took %.0f%% of the time at n = %,d", 100 * mostGc.gcShare(), mostGc.n()));
  }

  private static CostProfile read(List<OperationCost> points, CacheSizes caches, String operation) {
    if (points.isEmpty()) {
      throw new IllegalArgumentException("no cost to read: points is empty");
    }
    List<OperationCost> sorted = new ArrayList<>(points);
    sorted.sort((a, b) -> Long.compare(a.n(), b.n()));
    double lowest = Double.POSITIVE_INFINITY;
    double highest = 0;
    for (OperationCost point : sorted) {
      lowest = Math.min(lowest, point.nanosecondsPerOperation());
      highest = Math.max(highest, point.nanosecondsPerOperation());
    }
    if (highest <= SAME_COST * lowest) {
      return new CostProfile(sorted, caches, operation, Explanation.CONSTANT_COST, String.format(Locale.ROOT,
          "each %s costs ~%s ns at every size (%s to %s ns; n = %,d to %,d, %s): within ×%s of each other, as"
              + " much as one size's cost moves between runs, so the time reads as the count times a constant",
          operation, nanoseconds(median(sorted)), nanoseconds(lowest), nanoseconds(highest), sorted.get(0).n(),
          last(sorted).n(), dataText(sorted), nanoseconds(SAME_COST)));
    }
    if (caches.levels().isEmpty()) {
      return new CostProfile(sorted, caches, operation, Explanation.NOT_EXPLAINED, String.format(Locale.ROOT,
          "each %s costs ~%s ns at n = %,d and ~%s ns at n = %,d; the %s, so the change cannot be set against them",
          operation, nanoseconds(sorted.get(0).nanosecondsPerOperation()), sorted.get(0).n(),
          nanoseconds(last(sorted).nanosecondsPerOperation()), last(sorted).n(), caches.describe()));
    }
    List<List<OperationCost>> groups = byRegion(sorted, caches);
    for (List<OperationCost> group : groups) {
      OperationCost cheapest = group.get(0);
      OperationCost dearest = group.get(0);
      for (OperationCost point : group) {
        cheapest = point.nanosecondsPerOperation() < cheapest.nanosecondsPerOperation() ? point : cheapest;
        dearest = point.nanosecondsPerOperation() > dearest.nanosecondsPerOperation() ? point : dearest;
      }
      if (dearest.nanosecondsPerOperation() > SAME_COST * cheapest.nanosecondsPerOperation()) {
        return new CostProfile(sorted, caches, operation, Explanation.NOT_EXPLAINED, String.format(Locale.ROOT,
            "each %s costs ~%s ns at n = %,d and ~%s ns at n = %,d (×%.1f) while the data stays %s: no cache"
                + " boundary explains that", operation, nanoseconds(cheapest.nanosecondsPerOperation()), cheapest.n(),
            nanoseconds(dearest.nanosecondsPerOperation()), dearest.n(),
            dearest.nanosecondsPerOperation() / cheapest.nanosecondsPerOperation(),
            where(region(group.get(0), caches), caches)));
      }
    }
    for (int g = 1; g < groups.size(); g++) {
      double before = median(groups.get(g - 1));
      double after = median(groups.get(g));
      if (after * NOISE < before) {
        return new CostProfile(sorted, caches, operation, Explanation.NOT_EXPLAINED, String.format(Locale.ROOT,
            "each %s costs ~%s ns while the data is %s but ~%s ns once it is %s: a cost that falls as the data"
                + " leaves a cache is not the cache's doing", operation, nanoseconds(before),
            where(region(groups.get(g - 1).get(0), caches), caches), nanoseconds(after),
            where(region(groups.get(g).get(0), caches), caches)));
      }
    }
    StringBuilder text = new StringBuilder("each ").append(operation).append(" costs");
    for (int g = 0; g < groups.size(); g++) {
      int region = region(groups.get(g).get(0), caches);
      String cost = " ~" + nanoseconds(median(groups.get(g))) + " ns ";
      if (g == 0) {
        text.append(cost).append(region < caches.levels().size()
            ? "while the data fits in " + caches.levels().get(region).name() : "with the data in memory");
      } else {
        text.append(g == groups.size() - 1 ? " and" : ",").append(cost).append(region < caches.levels().size()
            ? "once it spills into " + caches.levels().get(region).name() : "once it spills to memory");
      }
    }
    text.append(String.format(Locale.ROOT, " (data %s at n = %,d to %s at n = %,d; %s)",
        CacheLevel.bytesText(sorted.get(0).workingSetBytes()), sorted.get(0).n(),
        CacheLevel.bytesText(last(sorted).workingSetBytes()), last(sorted).n(), caches.describe()));
    return new CostProfile(sorted, caches, operation, Explanation.COST_RISES_AT_CACHE_LEVELS, text.toString());
  }

  /**
   * Reads a profile the caches did not explain against the memory latency: fits cost = a + b ·
   * latency(working set), a ≥ 0 and b ≥ 0, by least squares on relative errors, and accepts it
   * only when the cost rises, the latency rises by at least {@link #LATENCY_RISES} over the same
   * sizes, and every size's cost lies within {@link #FITS} of the fit. Otherwise the profile stays
   * not explained, with the latency and the fit's worst miss added to its sentence.
   */
  static CostProfile againstLatency(CostProfile unexplained, LatencyCurve curve) {
    List<OperationCost> sorted = unexplained.points();
    OperationCost first = sorted.get(0);
    OperationCost last = last(sorted);
    String operation = unexplained.operation();
    for (OperationCost point : sorted) {
      if (!curve.covers(point.workingSetBytes())) {
        return unexplained.withMore(String.format(Locale.ROOT,
            "; the memory latency was measured only from %s to %s, not at %s", CacheLevel.bytesText(curve.smallest()),
            CacheLevel.bytesText(curve.largest()), CacheLevel.bytesText(point.workingSetBytes())));
      }
    }
    int k = sorted.size();
    double[] cost = new double[k];
    double[] latency = new double[k];
    for (int i = 0; i < k; i++) {
      cost[i] = sorted.get(i).nanosecondsPerOperation();
      latency[i] = curve.nanosecondsAt(sorted.get(i).workingSetBytes());
    }
    String latencies = String.format(Locale.ROOT, "a random memory read on this machine takes %s ns at %s and %s ns"
        + " at %s (measured now)", nanoseconds(latency[0]), CacheLevel.bytesText(first.workingSetBytes()),
        nanoseconds(latency[k - 1]), CacheLevel.bytesText(last.workingSetBytes()));
    double[] fit = fitToLatency(cost, latency);
    double worst = 1;
    int worstAt = 0;
    for (int i = 0; i < k; i++) {
      double predicted = fit[0] + fit[1] * latency[i];
      double off = predicted > 0 ? Math.max(cost[i] / predicted, predicted / cost[i]) : Double.POSITIVE_INFINITY;
      if (off > worst) {
        worst = off;
        worstAt = i;
      }
    }
    String model = model(fit);
    if (!(cost[k - 1] > NOISE * cost[0])) {
      return unexplained.withMore("; nor is the memory latency its cause, for the cost does not rise with the size ("
          + latencies + ")");
    }
    if (!(latency[k - 1] >= LATENCY_RISES * latency[0])) {
      return unexplained.withMore(String.format(Locale.ROOT, "; nor does the memory latency explain it: %s, a rise"
          + " of ×%.1f, within its noise", latencies, latency[k - 1] / latency[0]));
    }
    if (worst > FITS) {
      return unexplained.withMore(String.format(Locale.ROOT, "; nor does the memory latency explain it: %s, and the"
          + " closest cost ≈ %s misses n = %,d (%s ns) by %.0f%%", latencies, model, sorted.get(worstAt).n(),
          nanoseconds(cost[worstAt]), 100 * (worst - 1)));
    }
    return new CostProfile(sorted, unexplained.caches(), operation, Explanation.COST_FOLLOWS_MEMORY_LATENCY,
        String.format(Locale.ROOT, "each %s costs ~%s ns at n = %,d (%s) and ~%s ns at n = %,d (%s), rising as a"
            + " random memory read on this machine does: %s ns at %s, %s ns at %s (measured now); cost ≈ %s fits"
            + " every size within %.0f%%, a likeness the lab reports but states no class on (the latency of a"
            + " shared machine moves between runs)", operation, nanoseconds(cost[0]), first.n(),
            CacheLevel.bytesText(first.workingSetBytes()), nanoseconds(cost[k - 1]), last.n(),
            CacheLevel.bytesText(last.workingSetBytes()), nanoseconds(latency[0]),
            CacheLevel.bytesText(first.workingSetBytes()), nanoseconds(latency[k - 1]),
            CacheLevel.bytesText(last.workingSetBytes()), model, 100 * (worst - 1)));
  }

  /**
   * {@code {a, b}} with {@code a, b ≥ 0} minimising the sum of {@code ((cost − a − b · latency) /
   * cost)²}: the unconstrained solution when it is feasible, else the better of {@code a = 0} and
   * {@code b = 0} (with two parameters the constrained optimum lies on one of those edges).
   */
  static double[] fitToLatency(double[] cost, double[] latency) {
    // Weighted least squares, weights 1 / cost²: sums of w, w·L, w·L², w·c, w·c·L.
    double sw = 0;
    double swl = 0;
    double swll = 0;
    double swc = 0;
    double swcl = 0;
    for (int i = 0; i < cost.length; i++) {
      double w = 1 / (cost[i] * cost[i]);
      sw += w;
      swl += w * latency[i];
      swll += w * latency[i] * latency[i];
      swc += w * cost[i];
      swcl += w * cost[i] * latency[i];
    }
    double determinant = sw * swll - swl * swl;
    if (determinant > 1e-12 * sw * swll) {
      double a = (swc * swll - swl * swcl) / determinant;
      double b = (sw * swcl - swl * swc) / determinant;
      if (a >= 0 && b >= 0) {
        return new double[] {a, b};
      }
    }
    double[] noFixedPart = {0, swcl / swll};
    double[] noLatencyPart = {swc / sw, 0};
    return relativeSquares(cost, latency, noFixedPart) <= relativeSquares(cost, latency, noLatencyPart)
        ? noFixedPart : noLatencyPart;
  }

  private static double relativeSquares(double[] cost, double[] latency, double[] fit) {
    double sum = 0;
    for (int i = 0; i < cost.length; i++) {
      double error = (cost[i] - fit[0] - fit[1] * latency[i]) / cost[i];
      sum += error * error;
    }
    return sum;
  }

  /** {@code 11 ns + 1.2 reads}: the fit, its latency part in reads of the measured latency. */
  private static String model(double[] fit) {
    String reads = nanoseconds(fit[1]) + (fit[1] == 1 ? " read" : " reads");
    return fit[0] == 0 ? reads : fit[1] == 0 ? nanoseconds(fit[0]) + " ns" : nanoseconds(fit[0]) + " ns + " + reads;
  }

  private CostProfile withMore(String more) {
    return new CostProfile(points, caches, operation, explanation, sentence + more);
  }

  /**
   * Whether the counts explain the timings: the cost per operation is constant, rises only as the
   * data leaves a cache, or rises as the measured memory latency does.
   */
  /** The median cost of one operation over the timed sizes, in nanoseconds (NaN when not measured). */
  public double typicalNanoseconds() {
    return points.isEmpty() ? Double.NaN : median(points);
  }

  /**
   * Whether the counts explain the timings: the cost per operation is constant, or rises only as the
   * data leaves a cache level. A likeness to the memory latency is not enough (see
   * {@link Explanation#COST_FOLLOWS_MEMORY_LATENCY}).
   */
  public boolean explainsTimings() {
    return explanation == Explanation.CONSTANT_COST || explanation == Explanation.COST_RISES_AT_CACHE_LEVELS;
  }

  /**
   * The cache level a working set fits in, as an index into the levels ({@code levels.size()} for
   * memory).
   */
  public static int region(OperationCost point, CacheSizes caches) {
    List<CacheLevel> levels = caches.levels();
    for (int i = 0; i < levels.size(); i++) {
      if (levels.get(i).holds(point.workingSetBytes())) {
        return i;
      }
    }
    return levels.size();
  }

  /** {@code L2} or {@code memory} for a region. */
  public static String regionName(int region, CacheSizes caches) {
    return region < caches.levels().size() ? caches.levels().get(region).name() : "memory";
  }

  private static String where(int region, CacheSizes caches) {
    return region < caches.levels().size() ? "within " + caches.levels().get(region) : "in memory";
  }

  /** Consecutive points in the same region. */
  private static List<List<OperationCost>> byRegion(List<OperationCost> sorted, CacheSizes caches) {
    List<List<OperationCost>> groups = new ArrayList<>();
    int current = -1;
    for (OperationCost point : sorted) {
      int region = region(point, caches);
      if (region != current) {
        groups.add(new ArrayList<>());
        current = region;
      }
      groups.get(groups.size() - 1).add(point);
    }
    return groups;
  }

  private static double median(List<OperationCost> points) {
    double[] costs = points.stream().mapToDouble(OperationCost::nanosecondsPerOperation).sorted().toArray();
    int middle = costs.length / 2;
    return costs.length % 2 == 1 ? costs[middle] : (costs[middle - 1] + costs[middle]) / 2;
  }

  /** {@code data 76 KiB to 2.4 MiB}, or {@code no data held} for a search over a range of numbers. */
  private static String dataText(List<OperationCost> sorted) {
    long first = sorted.get(0).workingSetBytes();
    long largest = last(sorted).workingSetBytes();
    return largest == 0 ? "no data held"
        : "data " + CacheLevel.bytesText(first) + " to " + CacheLevel.bytesText(largest);
  }

  private static OperationCost last(List<OperationCost> points) {
    return points.get(points.size() - 1);
  }

  /** Two significant figures: {@code 3.1}, {@code 40}, {@code 0.52}. */
  /** A cost in nanoseconds to two significant figures: {@code 3.1}, {@code 40}, {@code 0.52}. */
  public static String nanosecondsText(double value) {
    return nanoseconds(value);
  }

  static String nanoseconds(double value) {
    if (value >= 10) {
      return String.format(Locale.ROOT, "%.0f", value);
    }
    return new java.math.BigDecimal(value).round(new java.math.MathContext(2)).stripTrailingZeros().toPlainString();
  }
}
