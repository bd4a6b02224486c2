package io.github.dsalab.trace.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dsalab.search.BinarySearch;
import io.github.dsalab.trace.Step;
import io.github.dsalab.trace.Trace;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Binary search traces: the window only shrinks, never loses the answer, and ends on dsa-core's answer. */
class SearchTraceProperties {

  @Property(tries = 150)
  void theWindowShrinksAroundTheKeyAndTheSearchEndsOnItsAnswer(
      @ForAll @Size(min = 1, max = 40) Set<@IntRange(min = 0, max = 99) Integer> values,
      @ForAll @IntRange(min = -1, max = 100) int key) {
    int[] sorted = values.stream().mapToInt(Integer::intValue).sorted().toArray();
    Trace trace = SearchTracer.traceIndexOf("binary-search", "Binary search", BinarySearch::indexOf, sorted,
        new int[] {key}, List.of());
    int expected = Arrays.binarySearch(sorted, key);
    List<Step> steps = trace.steps();
    for (int k = 2; k < steps.size(); k++) {
      SearchState before = (SearchState) steps.get(k - 1).state();
      SearchState after = (SearchState) steps.get(k).state();
      assertTrue(after.low() >= before.low() && after.high() <= before.high(), "the window never grows");
      if (expected >= 0) {
        assertTrue(after.low() <= expected && expected < after.high(), "the key's position is never ruled out");
      }
      if (after.probe() >= 0) {
        assertEquals(before.probes() + 1, after.probes(), "one probe per step");
      }
    }
    SearchState last = (SearchState) trace.finalState();
    assertEquals(expected >= 0 ? "index " + expected : "absent (" + expected + ")", last.answer());
  }

  @Property(tries = 150)
  void firstTrueEndsOnTheFirstPositionWhereThePredicateHolds(
      @ForAll @Size(min = 1, max = 40) List<@IntRange(min = 0, max = 50) Integer> values,
      @ForAll @IntRange(min = 0, max = 51) int threshold) {
    int[] cells = values.stream().mapToInt(Integer::intValue).sorted().toArray();
    Trace trace = SearchTracer.traceFirstTrue("first-true", "firstTrue",
        (n, predicate) -> BinarySearch.firstTrue(0, n, predicate), cells, threshold, List.of());
    int expected = (int) Arrays.stream(cells).filter(v -> v < threshold).count();
    for (Step step : trace.steps()) {
      SearchState state = (SearchState) step.state();
      assertTrue(state.low() <= expected && expected <= state.high(), "the answer stays in the window: " + step.text());
    }
    assertEquals("x = " + expected, ((SearchState) trace.finalState()).answer());
  }
}
