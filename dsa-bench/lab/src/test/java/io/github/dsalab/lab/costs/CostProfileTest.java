package io.github.dsalab.lab.costs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A cost per operation is read as constant, as rising where the data leaves a cache level, or as
 * not explained, with the measured figures in the sentence.
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
    assertTrue(profile.sentence().startsWith("each comparison costs ~11 ns at every size"), profile.sentence());
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
}
