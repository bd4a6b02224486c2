package io.github.dsalab.lab.costs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What one row's operations cost in time, size by size, and what that says about its timing.
 * When the time is the count times a cost per operation that stays put while the data stays in
 * one cache level and rises as it leaves one, the timing is explained by the counts and the
 * caches, and the profile says so in one sentence: "each comparison costs ~3.1 ns while the data
 * fits in L2 and ~40 ns once it spills to memory". When the cost changes within a level, or falls,
 * the profile says where, with the measured figures, and does not guess why.
 *
 * <p>Cost: {@code O(k · c)} for {@code k} sizes and {@code c} cache levels.
 *
 * <pre>{@code
 * CostProfile profile = CostProfile.of(costs, CacheSizes.read(), "comparison");
 * profile.explanation();   // Explanation.COST_RISES_AT_CACHE_LEVELS
 * profile.sentence();      // "each comparison costs ~3.1 ns while the data fits in L2 and ~40 ns ..."
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
   * Costs within this factor of each other count as the same cost. Medians of two forks of three
   * iterations move by up to about a fifth between runs on the lab's busy 2-core machine, and a
   * level that the data only partly fills costs somewhere between its own and the next level's;
   * 1.5 leaves room for both and still tells a ×2 rise. A judgement, not a calibration.
   */
  static final double SAME_COST = 1.5;
  /** A cost may seem to fall by this factor from one level to the next before that counts as a fall: noise. */
  static final double NOISE = 1.25;

  /** How the costs per operation read. */
  public enum Explanation {
    /** The same cost at every size: time is count times a constant. */
    CONSTANT_COST,
    /** Constant within each cache level the data occupies, higher in each level farther out. */
    COST_RISES_AT_CACHE_LEVELS,
    /** The cost changes where no cache boundary is crossed, or falls: the counts do not explain the time. */
    NOT_EXPLAINED,
    /** No cost was measured (no exact count at the timed sizes, or no timing). */
    NOT_MEASURED
  }

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
    CostProfile read = read(points, caches, operation);
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
          "each %s costs ~%s ns at every size (n = %,d to %,d, data %s to %s): the time is the count times a"
              + " constant", operation, nanoseconds(median(sorted)), sorted.get(0).n(), last(sorted).n(),
          CacheLevel.bytesText(sorted.get(0).workingSetBytes()), CacheLevel.bytesText(last(sorted).workingSetBytes())));
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

  /** Whether the counts explain the timings: the cost per operation is constant, or rises only as the data leaves a cache. */
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

  private static OperationCost last(List<OperationCost> points) {
    return points.get(points.size() - 1);
  }

  /** Two significant figures: {@code 3.1}, {@code 40}, {@code 0.52}. */
  static String nanoseconds(double value) {
    if (value >= 10) {
      return String.format(Locale.ROOT, "%.0f", value);
    }
    return new java.math.BigDecimal(value).round(new java.math.MathContext(2)).stripTrailingZeros().toPlainString();
  }
}
