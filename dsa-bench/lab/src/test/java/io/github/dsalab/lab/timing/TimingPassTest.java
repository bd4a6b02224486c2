package io.github.dsalab.lab.timing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dsalab.lab.inputs.InputShape;
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
  void planFitsTheRunsIntoTheBudget() {
    TimingPass.Settings settings = TimingPass.plan(60, 120, 1);
    assertEquals(60 * settings.secondsPerRun(), 120, 1e-6);
  }

  @Test
  void planNeverGoesBelowTheShortestUsefulIteration() {
    TimingPass.Settings settings = TimingPass.plan(1000, 10, 1);
    assertEquals(TimingPass.MIN_ITERATION_SECONDS, settings.measurementSeconds());
  }

  @Test
  void planRejectsNonsense() {
    assertThrows(IllegalArgumentException.class, () -> TimingPass.plan(0, 10, 1));
    assertThrows(IllegalArgumentException.class, () -> TimingPass.plan(5, 10, 0));
  }

  @Test
  void shapesMatchTheBenchmarksSpelling() throws TimingFailedException {
    assertEquals("FEW_DISTINCT", TimingPass.shapeValue("B", new String[] {"RANDOM", "FEW_DISTINCT"},
        InputShape.FEW_DISTINCT));
    assertEquals("few-distinct", TimingPass.shapeValue("B", new String[] {"random", "few-distinct"},
        InputShape.FEW_DISTINCT));
    TimingFailedException e = assertThrows(TimingFailedException.class,
        () -> TimingPass.shapeValue("SortBenchmark", new String[] {"random"}, InputShape.SORTED));
    assertTrue(e.getMessage().contains("SortBenchmark has no shape 'sorted'"), e.getMessage());
  }
}
