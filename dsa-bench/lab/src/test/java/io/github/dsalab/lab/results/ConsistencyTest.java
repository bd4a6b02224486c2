package io.github.dsalab.lab.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Timing verdicts are judged against count verdicts, with a likely cause when they disagree. */
class ConsistencyTest {
  private static FitView fit(String best, String runnerUp, boolean ambiguous) {
    return new FitView(ambiguous ? "ambiguous: " + best + " or " + runnerUp : best, best, runnerUp, ambiguous,
        1, 0.9, 1.1, 1, 1, (n, m) -> n, (n, m) -> n, "1.00 ± 0.10");
  }

  @Test
  void sameClassIsConsistent() {
    assertEquals(Consistency.State.CONSISTENT, Consistency.compare(fit("O(n log n)", "O(n)", false),
        fit("O(n log n)", "O(n²)", false), Fits::growthRank, 1000).state());
  }

  @Test
  void anAmbiguousTimingNamingTheCountClassIsConsistent() {
    assertEquals(Consistency.State.CONSISTENT, Consistency.compare(fit("O(n log n)", "O(n)", false),
        fit("O(n)", "O(n log n)", true), Fits::growthRank, 1000).state());
  }

  @Test
  void fasterGrowthOnBigDataBlamesTheCache() {
    Consistency consistency = Consistency.compare(fit("O(n log n)", "O(n)", false),
        fit("O(n²)", "O(n log n)", false), Fits::growthRank, 20L << 20);
    assertEquals(Consistency.State.INCONSISTENT, consistency.state());
    assertTrue(consistency.cause().startsWith("cache"), consistency.cause());
  }

  @Test
  void slowerGrowthBlamesJitAndFixedCosts() {
    Consistency consistency = Consistency.compare(fit("O(n²)", "O(n log n)", false),
        fit("O(n log n)", "O(n)", false), Fits::growthRank, 1000);
    assertEquals(Consistency.State.INCONSISTENT, consistency.state());
    assertTrue(consistency.cause().startsWith("JIT"), consistency.cause());
  }
}
