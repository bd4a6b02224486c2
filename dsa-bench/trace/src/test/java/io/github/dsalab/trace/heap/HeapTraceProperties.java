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

/**
 * Heap traces: comparisons follow tree edges, each step changes only the slots it marks as
 * moved, the same input gives the same trace, and the polls come out in sorted order.
 */
class HeapTraceProperties {
  private static int[] ints(List<Integer> values) {
    return values.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Every slot that differs from the step before is marked moved: the state follows from the step. */
  private static void checkEachStepFollows(Trace trace) {
    List<Step> steps = trace.steps();
    for (int k = 1; k < steps.size(); k++) {
      HeapState before = (HeapState) steps.get(k - 1).state();
      HeapState after = (HeapState) steps.get(k).state();
      for (int slot = 0; slot < after.ids().size(); slot++) {
        boolean changed = slot >= before.ids().size() || !before.ids().get(slot).equals(after.ids().get(slot));
        assertTrue(!changed || after.moved().contains(slot), "step " + k + " (" + steps.get(k).text() + ") changed slot "
            + slot + " without marking it");
      }
    }
  }

  private static List<String> unlabelled(List<String> labels) {
    return labels.stream().map(label -> label.replaceAll("[₀-₉]", "")).toList();
  }

  @Property(tries = 40)
  void aBottomUpBuildComparesAtMostTwicePerElementThenPollsSorted(
      @ForAll @Size(min = 1, max = 30) List<@IntRange(min = 0, max = 40) Integer> values) {
    int[] input = ints(values);
    Trace trace = HeapTracer.heapifyThenPoll("heapify", "heap", input, List.of());
    long buildComparisons = trace.steps().stream().filter(step -> step.event().startsWith("heapify: compare")).count();
    assertTrue(buildComparisons <= 2L * input.length, buildComparisons + " comparisons to build " + input.length);
    checkEachStepFollows(trace);
    assertEquals(Arrays.stream(input).sorted().mapToObj(String::valueOf).toList(),
        unlabelled(((HeapState) trace.finalState()).output()));
    assertEquals(trace.toJson().toString(), HeapTracer.heapifyThenPoll("heapify", "heap", input,
        List.of()).toJson().toString());
  }

  @Property(tries = 40)
  void anIndexedHeapPollsItsIndicesByTheirLastKeys(
      @ForAll @Size(min = 1, max = 20) List<@IntRange(min = 0, max = 40) Integer> values) {
    int[] keys = ints(values);
    Trace trace = HeapTracer.indexedInsertDecreasePoll("indexed-min-heap", "heap", keys, List.of());
    checkEachStepFollows(trace);
    int min = Arrays.stream(keys).min().orElseThrow();
    int drop = (Arrays.stream(keys).max().orElseThrow() - min) / 2;
    int[] last = keys.clone();
    for (int i = 0; i < keys.length; i += 3) {
      if (drop > 0 && keys[i] - drop >= min) {
        last[i] -= drop;
      }
    }
    List<Integer> polledKeys = ((HeapState) trace.finalState()).output().stream()
        .map(index -> last[Integer.parseInt(index)]).toList();
    assertEquals(Arrays.stream(last).sorted().boxed().toList(), polledKeys, trace.result());
    List<Integer> polled = ((HeapState) trace.finalState()).output().stream().map(Integer::parseInt).sorted().toList();
    assertEquals(java.util.stream.IntStream.range(0, keys.length).boxed().toList(), polled, "each index polled once");
  }

  /** A plain min-heap sift, as the exercise asks, to watch through {@link HeapTracer#pushAndPop}. */
  private static final HeapTracer.ArraySifts SIFTS = new HeapTracer.ArraySifts() {
    @Override
    public <T> void siftUp(T[] heap, int index, java.util.Comparator<? super T> order) {
      while (index > 0 && order.compare(heap[index], heap[(index - 1) / 2]) < 0) {
        T parent = heap[(index - 1) / 2];
        heap[(index - 1) / 2] = heap[index];
        heap[index] = parent;
        index = (index - 1) / 2;
      }
    }

    @Override
    public <T> void siftDown(T[] heap, int index, int size, java.util.Comparator<? super T> order) {
      while (2 * index + 1 < size) {
        int child = 2 * index + 1;
        if (child + 1 < size && order.compare(heap[child + 1], heap[child]) < 0) {
          child++;
        }
        if (order.compare(heap[child], heap[index]) >= 0) {
          return;
        }
        T swapped = heap[child];
        heap[child] = heap[index];
        heap[index] = swapped;
        index = child;
      }
    }
  };

  @Property(tries = 40)
  void pushesAndPopsPopWhatAPriorityQueuePops(
      @ForAll @Size(max = 30) List<@IntRange(min = -1, max = 20) Integer> actions) {
    Trace trace = HeapTracer.pushAndPop("heap-sift", "heap", SIFTS, ints(actions), List.of());
    checkEachStepFollows(trace);
    java.util.PriorityQueue<Integer> model = new java.util.PriorityQueue<>();
    List<String> expected = new java.util.ArrayList<>();
    for (int action : actions) {
      if (action >= 0) {
        model.add(action);
      } else if (!model.isEmpty()) {
        expected.add(String.valueOf(model.remove()));
      }
    }
    assertEquals(expected, unlabelled(((HeapState) trace.finalState()).output()), trace.result());
    assertEquals(model.size(), ((HeapState) trace.finalState()).labels().size());
  }

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
