package io.github.dsalab.trace.sort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dsalab.counting.CountingComparator;
import io.github.dsalab.sort.SortAlgorithm;
import io.github.dsalab.trace.Step;
import io.github.dsalab.trace.Trace;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The trace of a sort, for every dsa-core sort: it ends sorted, and each step follows from the one before. */
class SortTraceProperties {

  private static Trace trace(SortAlgorithm algorithm, int[] input) {
    return SortTracer.trace(algorithm.name(), algorithm.name(), algorithm::sort, input, List.of());
  }

  private static ArrayState state(Step step) {
    return (ArrayState) step.state();
  }

  @Property(tries = 60)
  void theLastStateIsTheSortedInput(@ForAll SortAlgorithm algorithm,
      @ForAll @Size(max = 70) List<@IntRange(min = -5, max = 30) Integer> values) {
    int[] input = values.stream().mapToInt(Integer::intValue).toArray();
    Trace trace = trace(algorithm, input);
    int[] expected = input.clone();
    Arrays.sort(expected);
    ArrayState last = (ArrayState) trace.finalState();
    assertEquals(Arrays.stream(expected).boxed().toList(), last.values());
    assertEquals(IntStream.range(0, input.length).boxed().toList(), last.ids().stream().sorted().toList(),
        "the result is a permutation of the input elements");
    assertTrue(trace.result().startsWith("sorted: "), trace.result());
    if (algorithm.isStable()) {
      for (int k = 1; k < input.length; k++) {
        int a = last.ids().get(k - 1);
        int b = last.ids().get(k);
        assertTrue(input[a] < input[b] || a < b, "a stable sort keeps equal elements in input order");
      }
    }
  }

  @Property(tries = 60)
  void everyStepFollowsFromTheOneBefore(@ForAll SortAlgorithm algorithm,
      @ForAll @Size(min = 1, max = 50) List<@IntRange(min = 0, max = 20) Integer> values) {
    int[] input = values.stream().mapToInt(Integer::intValue).toArray();
    List<Step> steps = trace(algorithm, input).steps();
    assertEquals("start", steps.get(0).event());
    assertEquals(Arrays.stream(input).boxed().toList(), state(steps.get(0)).values());
    for (int k = 1; k < steps.size(); k++) {
      ArrayState before = state(steps.get(k - 1));
      ArrayState after = state(steps.get(k));
      boolean comparison = k < steps.size() - 1;
      assertEquals(before.comparisons() + (comparison ? 1 : 0), after.comparisons(), "one comparison per step");
      assertEquals(before.writes() + after.moved().size(), after.writes(), "writes count the slots that changed");
      for (int slot = 0; slot < input.length; slot++) {
        boolean changed = !before.ids().get(slot).equals(after.ids().get(slot));
        assertEquals(changed, after.moved().contains(slot), "slot " + slot + " at step " + k);
      }
      if (comparison) {
        // The event names the two slots compared, as they were before the step.
        String event = steps.get(k).event();
        for (int slot : after.compared()) {
          if (slot >= 0) {
            assertTrue(event.contains("a[" + slot + "]=" + before.labels().get(slot)), event);
          }
        }
      }
    }
  }

  @Property(tries = 30)
  void theTraceCountsTheComparisonsTheSortMakesAndRepeatsForTheSameInput(@ForAll SortAlgorithm algorithm,
      @ForAll @Size(max = 60) List<Integer> values) {
    int[] input = values.stream().mapToInt(Integer::intValue).toArray();
    Integer[] boxed = values.toArray(new Integer[0]);
    CountingComparator<Integer> counter = CountingComparator.naturalOrder();
    algorithm.sort(boxed, counter);
    Trace trace = trace(algorithm, input);
    assertEquals(counter.count(), ((ArrayState) trace.finalState()).comparisons());
    assertEquals(trace.toJson().toString(), trace(algorithm, input).toJson().toString());
  }

  @Test
  void insertionSortLiftsTheKeyAndShiftsTheLargerElementRight() {
    // Worked by hand: 2 swaps in front of 5; 9 stays; 1 is lifted out and 9, 5, 2 shift right.
    Trace trace = trace(SortAlgorithm.INSERTION, new int[] {5, 2, 9, 1});
    assertEquals(List.of(
        "start",
        "compare a[0]=5 with a[1]=2: swap a[0] ↔ a[1]",
        "compare a[1]=5 with a[2]=9: no move",
        "compare a[2]=9 with a[3]=1: a[3] ← 9 (from a[2])",
        "compare a[1]=5 with 1 (held): a[2] ← 5 (from a[1])",
        "compare a[0]=2 with 1 (held): a[0] ← 1 (held), a[1] ← 2 (from a[0])",
        "done: sorted: 5 comparisons, 6 slot writes"), trace.steps().stream().map(Step::text).toList());
    assertEquals(List.of("1"), state(trace.steps().get(4)).held());
    assertEquals(List.of(), state(trace.steps().get(5)).held());
  }

  @Test
  void aBrokenSortEndsWithNotSortedAndAThrowingOneSaysWhat() {
    ArraySorter doesNothing = new ArraySorter() {
      @Override
      public <T> void sort(T[] values, java.util.Comparator<? super T> order) {
        order.compare(values[0], values[1]);
      }
    };
    Trace trace = SortTracer.trace("broken", "broken", doesNothing, new int[] {3, 1}, List.of());
    assertEquals("not sorted: 1 comparisons, 0 slot writes", trace.result());
    ArraySorter throwing = new ArraySorter() {
      @Override
      public <T> void sort(T[] values, java.util.Comparator<? super T> order) {
        values[5] = values[0];
      }
    };
    Trace thrown = SortTracer.trace("throws", "throws", throwing, new int[] {3, 1}, List.of());
    assertTrue(thrown.result().startsWith("the sort threw java.lang.ArrayIndexOutOfBoundsException"), thrown.result());
  }

  @Property(tries = 60)
  void aWatchedSelectionEndsWithTheElementOfItsRankAndStepsFollowTheArray(
      @ForAll @Size(min = 1, max = 30) List<@IntRange(min = 0, max = 15) Integer> values,
      @ForAll @IntRange(min = 0, max = 29) int rank) {
    int[] input = values.stream().mapToInt(Integer::intValue).toArray();
    int k = rank % input.length;
    SortTracer.Selector partialSelectionSort = new SortTracer.Selector() {
      @Override
      public <T> T select(T[] array, int r, java.util.Comparator<? super T> order) {
        for (int i = 0; i <= r; i++) {
          int min = i;
          for (int j = i + 1; j < array.length; j++) {
            if (order.compare(array[j], array[min]) < 0) {
              min = j;
            }
          }
          T swapped = array[i];
          array[i] = array[min];
          array[min] = swapped;
        }
        return array[r];
      }
    };
    Trace trace = SortTracer.traceSelect("select", "select", partialSelectionSort, input, k, List.of());
    int[] sorted = input.clone();
    Arrays.sort(sorted);
    assertTrue(trace.result().startsWith("rank " + k + ": returned " + sorted[k]) && !trace.result().contains("wrong"),
        trace.result());
    List<Step> steps = trace.steps();
    for (int s = 1; s < steps.size(); s++) {
      ArrayState before = (ArrayState) steps.get(s - 1).state();
      ArrayState after = (ArrayState) steps.get(s).state();
      for (int slot = 0; slot < after.ids().size(); slot++) {
        assertTrue(before.ids().get(slot).equals(after.ids().get(slot)) || after.moved().contains(slot),
            "step " + s + " changed slot " + slot + " without marking it");
      }
    }
  }
}
