package io.github.dsalab.lab.results;

import static io.github.dsalab.complexity.ComplexityClass.LINEAR;
import static io.github.dsalab.complexity.ComplexityClass.N_LOG_N;
import static io.github.dsalab.complexity.ComplexityClass.QUADRATIC;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dsalab.complexity.ComplexityClass;
import io.github.dsalab.lab.costs.CacheLevel;
import io.github.dsalab.lab.costs.CacheSizes;
import io.github.dsalab.lab.costs.CostProfile;
import io.github.dsalab.lab.costs.OperationCost;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Timing verdicts are judged against count verdicts; where they disagree, the measured cost per
 * operation decides whether the counts and the caches explain the timing.
 */
class ConsistencyTest {
  private static final CacheSizes CACHES = CacheSizes.of(List.of(
      new CacheLevel(1, 32 << 10), new CacheLevel(2, 512 << 10), new CacheLevel(3, 32L << 20)));

  private static FitView fit(ComplexityClass best, ComplexityClass runnerUp, boolean ambiguous) {
    return new FitView(ambiguous ? "ambiguous: " + best + " or " + runnerUp : best.displayName(), best, runnerUp, ambiguous,
        1, 0.9, 1.1, 1, 1, (n, m) -> n, (n, m) -> n, "1.00 ± 0.10", null);
  }

  /** A timing whose best class is {@code best} but misfits beyond its replicates' noise. */
  private static FitView noFit(ComplexityClass best) {
    return new FitView("no single class fits: grows like n^1.50 here", best, best, false, 1.5, 1.4, 1.6, 1, 1,
        (n, m) -> n, (n, m) -> n, "1.50 ± 0.10", "misfit at n = 8,192 (F = 14.2, p = 0.00001)");
  }

  @Test
  void aTimingNoClassFitsIsConsistentOnlyThroughTheMeasuredCost() {
    // Even when its best (misfitting) curve is the count's class, it agrees with nothing by itself.
    assertEquals(Consistency.State.INCONSISTENT,
        Consistency.compare(fit(N_LOG_N, LINEAR, false), noFit(N_LOG_N), costs(3, 3, 9, 27)).state());
    assertEquals(Consistency.State.EXPLAINED_BY_COST,
        Consistency.compare(fit(N_LOG_N, LINEAR, false), noFit(N_LOG_N), costs(3, 3.1, 3.2, 3.3)).state());
  }

  /** Sizes 4,096 … at 56 bytes each, with these nanoseconds per operation. */
  private static CostProfile costs(double... nanosecondsPerOperation) {
    List<OperationCost> points = new ArrayList<>();
    for (int i = 0; i < nanosecondsPerOperation.length; i++) {
      long n = 4096L << i;
      points.add(new OperationCost(n, 56 * n, nanosecondsPerOperation[i] * n, n, Double.NaN));
    }
    return CostProfile.of(points, CACHES, "comparison");
  }

  @Test
  void sameClassIsConsistent() {
    assertEquals(Consistency.State.CONSISTENT, Consistency.compare(fit(N_LOG_N, LINEAR, false),
        fit(N_LOG_N, QUADRATIC, false), costs(5, 5, 5)).state());
  }

  @Test
  void anAmbiguousTimingNamingTheCountClassIsConsistent() {
    assertEquals(Consistency.State.CONSISTENT, Consistency.compare(fit(N_LOG_N, LINEAR, false),
        fit(LINEAR, N_LOG_N, true), costs(5, 5, 5)).state());
  }

  @Test
  void aTimingTiedBetweenClassesFarApartSupportsNeitherAndTheCostDecides() {
    // An AVL tree's timings in one lab run: "ambiguous: O(n log n) or O(n²)", while each comparison
    // cost 16 ns at 224 KiB and 66 ns at 7 MiB, well inside L3: a tie that wide is no agreement.
    assertEquals(Consistency.State.INCONSISTENT, Consistency.compare(fit(N_LOG_N, LINEAR, false),
        fit(N_LOG_N, QUADRATIC, true), costs(16, 18, 22, 26, 41, 66)).state());
    assertEquals(Consistency.State.INCONSISTENT, Consistency.compare(fit(N_LOG_N, LINEAR, false),
        fit(QUADRATIC, N_LOG_N, true), costs(16, 18, 22, 26, 41, 66)).state());
    // A tie with a class a log factor away still points at the count's class.
    assertEquals(Consistency.State.CONSISTENT, Consistency.compare(fit(N_LOG_N, LINEAR, false),
        fit(N_LOG_N, LINEAR, true), costs(16, 18, 22, 26, 41, 66))
        .state());
  }

  /** An n log n count against an n² timing, with these costs: the state, and the profile's sentence as the reason. */
  private static void assertFasterTimingReads(Consistency.State expected, CostProfile costs) {
    Consistency consistency = Consistency.compare(fit(N_LOG_N, LINEAR, false), fit(QUADRATIC, N_LOG_N, false), costs);
    assertEquals(expected, consistency.state());
    assertEquals(costs.sentence(), consistency.reason());
  }

  @Test
  void fasterGrowthWhereTheCostRisesOnlyAtCacheLevelsIsExplainedByTheMeasuredCost() {
    assertFasterTimingReads(Consistency.State.EXPLAINED_BY_COST, costs(3, 3, 10, 10, 10, 10, 10, 10, 40));
  }

  @Test
  void fasterGrowthThatTheCostDoesNotExplainIsInconsistentWithTheMeasuredFigures() {
    assertFasterTimingReads(Consistency.State.INCONSISTENT, costs(3, 3, 9, 12, 15, 18, 22, 26, 40));
  }

  @Test
  void withoutAMeasuredCostADisagreementIsInconsistent() {
    Consistency consistency = Consistency.compare(fit(QUADRATIC, N_LOG_N, false), fit(N_LOG_N, LINEAR, false),
        CostProfile.notMeasured("no count at the timed sizes"));
    assertEquals(Consistency.State.INCONSISTENT, consistency.state());
    assertEquals("no count at the timed sizes", consistency.reason());
  }
}
