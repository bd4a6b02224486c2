package io.github.dsalab.lab.results;

import static io.github.dsalab.complexity.ComplexityClass.LINEAR;
import static io.github.dsalab.complexity.ComplexityClass.N_LOG_N;
import static io.github.dsalab.complexity.ComplexityClass.QUADRATIC;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dsalab.complexity.ComplexityClass;
import org.junit.jupiter.api.Test;

/** Timing verdicts are judged against count verdicts, with a likely cause when they disagree. */
class ConsistencyTest {
  private static FitView fit(ComplexityClass best, ComplexityClass runnerUp, boolean ambiguous) {
    return new FitView(ambiguous ? "ambiguous: " + best + " or " + runnerUp : best.displayName(), best, runnerUp, ambiguous,
        1, 0.9, 1.1, 1, 1, (n, m) -> n, (n, m) -> n, "1.00 ± 0.10");
  }

  @Test
  void sameClassIsConsistent() {
    assertEquals(Consistency.State.CONSISTENT, Consistency.compare(fit(N_LOG_N, LINEAR, false),
        fit(N_LOG_N, QUADRATIC, false), 1000).state());
  }

  @Test
  void anAmbiguousTimingNamingTheCountClassIsConsistent() {
    assertEquals(Consistency.State.CONSISTENT, Consistency.compare(fit(N_LOG_N, LINEAR, false),
        fit(LINEAR, N_LOG_N, true), 1000).state());
  }

  @Test
  void fasterGrowthOnBigDataBlamesTheCache() {
    Consistency consistency = Consistency.compare(fit(N_LOG_N, LINEAR, false),
        fit(QUADRATIC, N_LOG_N, false), 20L << 20);
    assertEquals(Consistency.State.INCONSISTENT, consistency.state());
    assertTrue(consistency.cause().startsWith("cache"), consistency.cause());
  }

  @Test
  void slowerGrowthBlamesJitAndFixedCosts() {
    Consistency consistency = Consistency.compare(fit(QUADRATIC, N_LOG_N, false),
        fit(N_LOG_N, LINEAR, false), 1000);
    assertEquals(Consistency.State.INCONSISTENT, consistency.state());
    assertTrue(consistency.cause().startsWith("JIT"), consistency.cause());
  }
}
