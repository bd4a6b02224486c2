package io.github.dsalab.lab.costs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * A cost per operation is read as constant, as rising where the data leaves a cache level, as
 * rising with the measured memory latency, or as not explained, with the measured figures in the
 * sentence.
 */
class CostProfileTest {
  /** The lab machine's caches: L1d 32 KiB, L2 512 KiB, L3 32 MiB. */
  private static final CacheSizes CACHES = CacheSizes.of(List.of(
      new CacheLevel(1, 32 << 10), new CacheLevel(2, 512 << 10), new CacheLevel(3, 32L << 20)));

  /** Sizes 4,096 … 1,048,576 (doubling) at 56 bytes each: 224 KiB (L2) up to 56 MiB (memory). */
  private static List<OperationCost> costs(double[] nanosecondsPerOperation) {
    List<OperationCost> points = new ArrayList<>();
    for (int i = 0; i < nanosecondsPerOperation.length; i++) {
      long n = 4096L << i;
      long operations = 20 * n;
      points.add(new OperationCost(n, 56 * n, nanosecondsPerOperation[i] * operations, operations, Double.NaN));
    }
    return points;
  }

  @Test
  void theSameCostAtEverySizeIsConstant() {
    CostProfile profile = CostProfile.of(costs(new double[] {10, 11, 9.5, 10.4, 12, 10, 11, 10.8, 11.9}), CACHES,
        "comparison");
    assertEquals(CostProfile.Explanation.CONSTANT_COST, profile.explanation());
    assertTrue(profile.sentence().startsWith("each comparison costs ~11 ns at every size (9.5 to 12 ns; n = 4,096"),
        profile.sentence());
  }

  /** Doubling sizes from {@code n}, {@code bytes} each, with these measured nanoseconds per operation. */
  private static List<OperationCost> measured(long n, int bytes, double... nanosecondsPerOperation) {
    List<OperationCost> points = new ArrayList<>();
    for (int i = 0; i < nanosecondsPerOperation.length; i++) {
      long size = n << i;
      points.add(new OperationCost(size, bytes * size, nanosecondsPerOperation[i] * size, size, 0));
    }
    return points;
  }

  private static CostProfile.Explanation readingOf(long n, int bytes, double... nanosecondsPerOperation) {
    return CostProfile.of(measured(n, bytes, nanosecondsPerOperation), CACHES, "comparison").explanation();
  }

  /**
   * Three quiet default runs of the lab on its 2-core machine (2026-12-01), each row's cost per
   * operation as measured: a reading must not change from run to run when the figures move only
   * as much as they do between runs.
   */
  @Test
  void measuredCostsReadTheSameInThreeRuns() {
    // Selection sort, 256 … 8,192 keys at 20 bytes: a cost that wanders by ×1.4–1.6 with no trend.
    assertEquals(CostProfile.Explanation.CONSTANT_COST, readingOf(256, 20, 1.66, 1.38, 1.34, 1.42, 1.22, 1.27));
    assertEquals(CostProfile.Explanation.CONSTANT_COST, readingOf(256, 20, 1.48, 1.07, 1.35, 0.963, 1.35, 1.19));
    assertEquals(CostProfile.Explanation.CONSTANT_COST, readingOf(256, 20, 1.48, 1.57, 1.19, 0.956, 1.06, 1.21));
    // Binary heap, 3,907 … 125,024 keys at 20 bytes (76 KiB … 2.4 MiB): flat, then dearer in L3.
    for (double[] run : new double[][] {{12.7, 13.3, 13.1, 14.9, 15.1, 22.9}, {13.6, 13.9, 14.7, 14.2, 19.4, 23.5},
        {12, 10.3, 11.6, 13.2, 18.1, 24.3}}) {
      CostProfile profile = CostProfile.of(measured(3907, 20, run), CACHES, "comparison");
      assertTrue(profile.explainsTimings(), profile.sentence());
    }
    // AVL tree, 7,813 … 250,016 keys at 56 bytes (427 KiB … 13 MiB): ×3.4–4.5 while the tree stays in L3.
    assertEquals(CostProfile.Explanation.NOT_EXPLAINED, readingOf(7813, 56, 16.1, 18.1, 22.5, 26.2, 40.9, 66.4));
    assertEquals(CostProfile.Explanation.NOT_EXPLAINED, readingOf(7813, 56, 16.1, 17.3, 20.3, 29.8, 49.9, 71.8));
    assertEquals(CostProfile.Explanation.NOT_EXPLAINED, readingOf(7813, 56, 15.4, 16.1, 20.6, 22.2, 40.5, 52));
  }

  @Test
  void aSearchOverNumbersHoldsNoDataAndSaysSo() {
    List<OperationCost> points = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      long n = 1024L << (4 * i);
      points.add(new OperationCost(n, 0, 5.0 * 30 * 16_384, 30 * 16_384, 0));
    }
    CostProfile profile = CostProfile.of(points, CACHES, "predicate call");
    assertEquals(CostProfile.Explanation.CONSTANT_COST, profile.explanation());
    assertTrue(profile.sentence().contains("n = 1,024 to 1,073,741,824, no data held)"), profile.sentence());
  }

  @Test
  void aCostThatRisesOnlyAsTheDataLeavesACacheExplainsTheTiming() {
    // 224 KiB and 448 KiB fit in L2; 896 KiB … 28 MiB in L3; 56 MiB in memory.
    CostProfile profile = CostProfile.of(
        costs(new double[] {3.1, 3.0, 9, 10, 9.5, 11, 10, 10.5, 40}), CACHES, "comparison");
    assertEquals(CostProfile.Explanation.COST_RISES_AT_CACHE_LEVELS, profile.explanation());
    assertTrue(profile.explainsTimings());
    assertTrue(profile.sentence().startsWith("each comparison costs ~3 ns while the data fits in L2, ~10 ns once it"
        + " spills into L3 and ~40 ns once it spills to memory"), profile.sentence());
  }

  @Test
  void aCostThatDoublesWithinOneCacheLevelIsNotExplained() {
    CostProfile profile = CostProfile.of(
        costs(new double[] {3, 3, 9, 12, 15, 18, 22, 26, 40}), CACHES, "comparison");
    assertEquals(CostProfile.Explanation.NOT_EXPLAINED, profile.explanation());
    assertTrue(profile.sentence().contains("while the data stays within L3 (32 MiB): no cache boundary explains"),
        profile.sentence());
  }

  @Test
  void aCostThatFallsAsTheDataLeavesACacheIsNotExplained() {
    CostProfile profile = CostProfile.of(
        costs(new double[] {20, 20, 5, 5, 5, 5, 5, 5, 5}), CACHES, "comparison");
    assertEquals(CostProfile.Explanation.NOT_EXPLAINED, profile.explanation());
    assertTrue(profile.sentence().contains("falls"), profile.sentence());
  }

  @Test
  void withoutCacheSizesARisingCostIsNotExplainedAndTheReasonIsSaid() {
    CostProfile profile = CostProfile.of(costs(new double[] {3, 3, 9, 10, 40}), CacheSizes.of(List.of()),
        "comparison");
    assertEquals(CostProfile.Explanation.NOT_EXPLAINED, profile.explanation());
    assertTrue(profile.sentence().contains("cache sizes unknown"), profile.sentence());
  }

  @Test
  void aNotableGarbageCollectionShareIsNamedWithItsSize() {
    List<OperationCost> points = new ArrayList<>();
    double[] gc = {0.0, 0.01, 0.02, 0.12};
    for (int i = 0; i < gc.length; i++) {
      long n = 4096L << i;
      points.add(new OperationCost(n, 56 * n, 10.0 * n, n, gc[i]));
    }
    CostProfile profile = CostProfile.of(points, CACHES, "comparison");
    assertTrue(profile.sentence().endsWith("; garbage collection took 12% of the time at n = 32,768"),
        profile.sentence());
  }

  /**
   * A latency curve shaped like the lab machine's (a VM whose share of L3 ends near 4 MiB and whose
   * TLB reach ends near 8 MiB): 128 KiB 4 ns … 2 MiB 18 ns, 8 MiB 120 ns, 64 MiB 190 ns.
   */
  private static final LatencyCurve CLIMBING = new LatencyCurve(
      List.of(128L << 10, 256L << 10, 512L << 10, 1L << 20, 2L << 20, 4L << 20, 8L << 20, 16L << 20, 32L << 20,
          64L << 20),
      List.of(4.0, 4.5, 8.0, 15.0, 18.0, 40.0, 120.0, 150.0, 170.0, 190.0));

  /** The same sizes with a latency that barely moves: 4.0 to 4.6 ns. */
  private static final LatencyCurve FLAT = new LatencyCurve(CLIMBING.bytes(),
      List.of(4.0, 4.1, 4.0, 4.2, 4.3, 4.2, 4.4, 4.5, 4.6, 4.6));

  /** A latency source that hands out {@code curve} and counts how often it was asked, and for which span. */
  private static final class Source implements BiFunction<Long, Long, LatencyCurve> {
    final LatencyCurve curve;
    final AtomicInteger calls = new AtomicInteger();
    long smallest;
    long largest;

    Source(LatencyCurve curve) {
      this.curve = curve;
    }

    @Override
    public LatencyCurve apply(Long smallest, Long largest) {
      calls.incrementAndGet();
      this.smallest = smallest;
      this.largest = largest;
      return curve;
    }
  }

  /** Costs {@code fixed + reads · latency} at the helper's nine sizes, each times its {@code wiggle}. */
  private static double[] followingLatency(LatencyCurve curve, double fixed, double reads, double... wiggle) {
    double[] costs = new double[wiggle.length];
    for (int i = 0; i < wiggle.length; i++) {
      costs[i] = (fixed + reads * curve.nanosecondsAt(56 * (4096L << i))) * wiggle[i];
    }
    return costs;
  }

  @Test
  void aCostThatRisesAsTheMeasuredLatencyDoesIsReportedWithBothSetsOfFigures() {
    // 8 ns + 0.3 reads, each size moved by up to 12 % as run-to-run noise moves it.
    double[] costs = followingLatency(CLIMBING, 8, 0.3, 1.05, 0.92, 1.1, 0.95, 1.12, 0.9, 1.0, 1.08, 0.94);
    Source source = new Source(CLIMBING);
    CostProfile profile = CostProfile.of(costs(costs), CACHES, "comparison", source);
    assertEquals(CostProfile.Explanation.COST_FOLLOWS_MEMORY_LATENCY, profile.explanation(), profile.sentence());
    // Reported, not taken as an explanation: the latency curve moves between runs.
    assertFalse(profile.explainsTimings());
    assertTrue(profile.sentence().startsWith("each comparison costs ~9.8 ns at n = 4,096 (224 KiB) and ~60 ns at"
        + " n = 1,048,576 (56 MiB), rising as a random memory read on this machine does: 4.4 ns at 224 KiB, 186 ns"
        + " at 56 MiB (measured now); cost ≈ "), profile.sentence());
    assertTrue(profile.sentence().matches(".*fits every size within 1\\d%, a likeness the lab reports but states no"
        + " class on .*"), profile.sentence());
    assertEquals(1, source.calls.get(), "the latency is asked for once");
    assertEquals(56 * 4096L, source.smallest);
    assertEquals(56 * (4096L << 8), source.largest);
  }

  @Test
  void theLatencyIsNotMeasuredWhenTheCachesAlreadyExplainTheCost() {
    Source source = new Source(CLIMBING);
    CostProfile profile = CostProfile.of(costs(new double[] {3.1, 3.0, 9, 10, 9.5, 11, 10, 10.5, 40}), CACHES,
        "comparison", source);
    assertEquals(CostProfile.Explanation.COST_RISES_AT_CACHE_LEVELS, profile.explanation());
    assertEquals(0, source.calls.get());
  }

  @Test
  void aCostThatFallsAsTheDataGrowsIsNotExplainedByARisingLatency() {
    CostProfile profile = CostProfile.of(costs(new double[] {40, 38, 33, 28, 24, 20, 16, 13, 10}), CACHES,
        "comparison", new Source(CLIMBING));
    assertEquals(CostProfile.Explanation.NOT_EXPLAINED, profile.explanation());
    assertFalse(profile.explainsTimings());
    assertTrue(profile.sentence().contains("; nor is the memory latency its cause, for the cost does not rise with"
        + " the size (a random memory read on this machine takes 4.4 ns at 224 KiB and 186 ns at 56 MiB (measured"
        + " now))"), profile.sentence());
  }

  @Test
  void aCostThatRisesWhereTheLatencyIsFlatIsNotExplained() {
    // Exactly proportional to a latency that rises by only ×1.1: the fit is perfect and explains nothing.
    CostProfile profile = CostProfile.of(costs(new double[] {3, 3, 9, 12, 15, 18, 22, 26, 40}), CACHES,
        "comparison", new Source(FLAT));
    assertEquals(CostProfile.Explanation.NOT_EXPLAINED, profile.explanation());
    assertTrue(profile.sentence().contains("no cache boundary explains that; nor does the memory latency explain"
        + " it: a random memory read on this machine takes 4.1 ns at 224 KiB and 4.6 ns at 56 MiB (measured now), a"
        + " rise of ×1.1, within its noise"), profile.sentence());
  }

  @Test
  void aRiseFarSteeperThanTheLatencyIsNotExplainedAndTheWorstMissIsNamed() {
    // The latency doubles from 1 MiB to 4 MiB and stays; the cost climbs ×8 across the same sizes.
    LatencyCurve doubling = new LatencyCurve(List.of(128L << 10, 1L << 20, 4L << 20, 64L << 20),
        List.of(10.0, 10.0, 20.0, 20.0));
    CostProfile profile = CostProfile.of(costs(new double[] {5, 5, 5, 7, 10, 14, 20, 28, 40}), CACHES,
        "comparison", new Source(doubling));
    assertEquals(CostProfile.Explanation.NOT_EXPLAINED, profile.explanation());
    assertTrue(profile.sentence().matches(".*; nor does the memory latency explain it: a random memory read on this"
        + " machine takes 10 ns at 224 KiB and 20 ns at 56 MiB \\(measured now\\), and the closest cost ≈ .* misses"
        + " n = [0-9,]+ \\([0-9.]+ ns\\) by [0-9]+%"), profile.sentence());
  }

  @Test
  void aLatencyCurveThatDoesNotReachTheDataIsSaidAndNotUsed() {
    LatencyCurve small = new LatencyCurve(List.of(128L << 10, 1L << 20), List.of(4.0, 15.0));
    CostProfile profile = CostProfile.of(costs(followingLatency(CLIMBING, 8, 0.3, 1, 1, 1, 1, 1, 1, 1, 1, 1)),
        CACHES, "comparison", new Source(small));
    assertEquals(CostProfile.Explanation.NOT_EXPLAINED, profile.explanation());
    assertTrue(profile.sentence().endsWith("; the memory latency was measured only from 128 KiB to 1 MiB, not at"
        + " 1.8 MiB"), profile.sentence());
  }

  @Test
  void withoutCacheSizesTheMeasuredLatencyIsStillSetAgainstTheCost() {
    CostProfile profile = CostProfile.of(costs(followingLatency(CLIMBING, 8, 0.3, 1, 1, 1, 1, 1, 1, 1, 1, 1)),
        CacheSizes.of(List.of()), "comparison", new Source(CLIMBING));
    assertEquals(CostProfile.Explanation.COST_FOLLOWS_MEMORY_LATENCY, profile.explanation(), profile.sentence());
    assertTrue(profile.sentence().contains("cost ≈ 8 ns + 0.3 reads fits every size within 0%, a likeness"),
        profile.sentence());
  }

  @Test
  void theFitRecoversAFixedPartAndAShareOfTheLatency() {
    double[] latency = {2, 5, 20, 80, 150};
    double[] cost = new double[latency.length];
    for (int i = 0; i < latency.length; i++) {
      cost[i] = 11 + 1.2 * latency[i];
    }
    double[] fit = CostProfile.fitToLatency(cost, latency);
    assertEquals(11, fit[0], 1e-9);
    assertEquals(1.2, fit[1], 1e-9);
  }

  @Test
  void theFitNeverGoesBelowZero() {
    // cost = 2 · latency − 5 would need a negative fixed part; the fit keeps it at zero.
    double[] latency = {5, 10, 20, 40};
    double[] cost = {5, 15, 35, 75};
    double[] fit = CostProfile.fitToLatency(cost, latency);
    assertEquals(0, fit[0]);
    assertTrue(fit[1] > 0, "the latency share is " + fit[1]);
    // A cost that falls as the latency rises would need a negative share; the fit keeps it at zero.
    double[] falling = CostProfile.fitToLatency(new double[] {40, 30, 20, 10}, latency);
    assertEquals(0, falling[1]);
    assertTrue(falling[0] > 0, "the fixed part is " + falling[0]);
  }
}
