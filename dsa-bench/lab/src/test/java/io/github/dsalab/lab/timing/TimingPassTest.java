package io.github.dsalab.lab.timing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The timing pass's guard and planning (JMH itself never runs in tests). */
class TimingPassTest {
  @Test
  void noResultsFailLoudly() {
    TimingFailedException e = assertThrows(TimingFailedException.class,
        () -> TimingPass.requireResults(List.of(), "SortBenchmark.quickSort at n = [1000]"));
    assertTrue(e.getMessage().contains("JMH returned no results for SortBenchmark.quickSort"), e.getMessage());
    assertTrue(e.getMessage().contains("shaded jar"), e.getMessage());
  }

  @Test
  void nullResultsFailLoudly() {
    assertThrows(TimingFailedException.class, () -> TimingPass.requireResults(null, "anything"));
  }

  @Test
  void resultsPassThrough() throws TimingFailedException {
    List<String> results = List.of("one result");
    assertSame(results, TimingPass.requireResults(results, "anything"));
  }

  @Test
  void planFitsTheWorkloadsIntoTheBudget() {
    TimingPass.Settings settings = TimingPass.plan(10, 120, 120, 1);
    // Ten workloads of twelve cells each: the plan's own estimate adds up to the budget.
    assertEquals(120, 10 * settings.secondsFor(12), 1e-6);
  }

  @Test
  void twoForksHalveTheIterationsLength() {
    double one = TimingPass.plan(4, 40, 200, 1).iterationSeconds();
    double two = TimingPass.plan(4, 40, 400, 2).iterationSeconds();
    assertEquals(one, two, 1e-9);
  }

  @Test
  void planNeverGoesBelowTheShortestUsefulIteration() {
    TimingPass.Settings settings = TimingPass.plan(30, 1000, 10, 1);
    assertEquals(TimingPass.MIN_ITERATION_SECONDS, settings.iterationSeconds());
  }

  @Test
  void planRejectsNonsense() {
    assertThrows(IllegalArgumentException.class, () -> TimingPass.plan(0, 10, 10, 1));
    assertThrows(IllegalArgumentException.class, () -> TimingPass.plan(5, 4, 10, 1));
    assertThrows(IllegalArgumentException.class, () -> TimingPass.plan(5, 10, 10, 0));
  }
}
