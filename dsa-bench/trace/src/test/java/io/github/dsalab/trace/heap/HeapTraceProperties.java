package io.github.dsalab.trace.heap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dsalab.trace.Step;
import io.github.dsalab.trace.Trace;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Heap traces: comparisons follow tree edges, and the polls come out in sorted order. */
class HeapTraceProperties {

  @Property(tries = 100)
  void comparisonsFollowTreeEdgesAndPollsComeOutSorted(
      @ForAll @Size(min = 1, max = 30) List<@IntRange(min = 0, max = 40) Integer> values) {
    int[] input = values.stream().mapToInt(Integer::intValue).toArray();
    Trace trace = HeapTracer.offerThenPoll("binary-heap", "heap", input, List.of());
    for (Step step : trace.steps()) {
      HeapState state = (HeapState) step.state();
      List<Integer> slots = state.compared().stream().filter(s -> s >= 0).sorted().toList();
      if (slots.size() == 2) {
        int a = slots.get(0);
        int b = slots.get(1);
        boolean parentChild = (b - 1) / 2 == a;
        boolean siblings = a % 2 == 1 && b == a + 1;
        assertTrue(parentChild || siblings, "compared slots " + slots + " are parent and child, or siblings");
      }
      for (int slot : state.path()) {
        assertTrue(slot >= 0 && slot < Math.max(1, state.labels().size() + 1), "the path stays in the heap");
      }
    }
    HeapState last = (HeapState) trace.finalState();
    int[] sorted = input.clone();
    Arrays.sort(sorted);
    assertEquals(Arrays.stream(sorted).mapToObj(String::valueOf).toList(),
        last.output().stream().map(label -> label.replaceAll("[₀-₉]", "")).toList());
    assertEquals(0, last.labels().size());
  }
}
