package io.github.dsalab.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dsalab.trace.heap.HeapTracer;
import io.github.dsalab.trace.search.IndexSearch;
import io.github.dsalab.trace.search.SearchState;
import io.github.dsalab.trace.search.SearchTracer;
import io.github.dsalab.trace.sort.ArraySorter;
import io.github.dsalab.trace.sort.ArrayState;
import io.github.dsalab.trace.sort.SortTracer;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A learner's code with a planted bug, replayed beside a correct version on the same input: the
 * first difference the replay reports is the step where the bug acts.
 */
class ReplayTest {

  // ---------------------------------------------------------------- merge sort, ties

  /** The textbook merge sort of the exercise track; {@code takeRightOnTies} plants the stability bug. */
  private static ArraySorter mergeSort(boolean takeRightOnTies) {
    return new ArraySorter() {
      @Override
      public <T> void sort(T[] values, Comparator<? super T> order) {
        T[] buffer = Arrays.copyOf(values, values.length);
        sort(values, buffer, 0, values.length, order);
      }

      private <T> void sort(T[] values, T[] buffer, int from, int to, Comparator<? super T> order) {
        if (to - from < 2) {
          return;
        }
        int middle = (from + to) >>> 1;
        sort(values, buffer, from, middle, order);
        sort(values, buffer, middle, to, order);
        System.arraycopy(values, from, buffer, from, to - from);
        int left = from;
        int right = middle;
        for (int i = from; i < to; i++) {
          boolean takeLeft = right >= to || left < middle
              && (takeRightOnTies ? order.compare(buffer[left], buffer[right]) < 0
                  : order.compare(buffer[left], buffer[right]) <= 0);
          values[i] = takeLeft ? buffer[left++] : buffer[right++];
        }
      }
    };
  }

  @Test
  void aMergeThatTakesFromTheRightOnTiesPartsAtTheFirstTie() {
    int[] input = {3, 1, 2, 3, 1, 2};
    Trace reference = SortTracer.trace("merge-sort", "Merge sort", mergeSort(false), input, List.of());
    Trace yours = SortTracer.trace("merge-sort", "Merge sort", mergeSort(true), input, List.of());
    Replay replay = Replay.of(yours, reference);
    int firstTie = firstComparisonOfEqualValues(reference);
    assertEquals(firstTie, replay.firstDifference(), replay.difference());
    assertTrue(replay.difference().startsWith("step " + firstTie + ": both — compare "), replay.difference());
    assertTrue(replay.difference().contains("then yours: "), replay.difference());
    assertTrue(yours.result().startsWith("sorted"), "the output is sorted: only the order of equal keys is wrong");
  }

  private static int firstComparisonOfEqualValues(Trace trace) {
    for (int k = 1; k < trace.steps().size(); k++) {
      Step step = trace.steps().get(k);
      ArrayState before = (ArrayState) trace.steps().get(k - 1).state();
      String[] compared = step.event().replace("compare ", "").split(" with ");
      if (compared.length == 2 && value(compared[0], before) == value(compared[1], before)) {
        return k;
      }
    }
    throw new AssertionError("no tie compared");
  }

  /** The value in {@code "a[3]=9₂"} or {@code "9₂ (held)"}. */
  private static int value(String operand, ArrayState before) {
    String label = operand.contains("=") ? operand.substring(operand.indexOf('=') + 1) : operand.split(" ")[0];
    return Integer.parseInt(label.replaceAll("[₀-₉]", ""));
  }

  // ---------------------------------------------------------------- insertion sort, shifting equal keys

  private static ArraySorter insertionSort(boolean shiftEqualKeys) {
    return new ArraySorter() {
      @Override
      public <T> void sort(T[] values, Comparator<? super T> order) {
        for (int i = 1; i < values.length; i++) {
          for (int j = i; j > 0; j--) {
            int c = order.compare(values[j - 1], values[j]);
            if (c < 0 || c == 0 && !shiftEqualKeys) {
              break;
            }
            T t = values[j];
            values[j] = values[j - 1];
            values[j - 1] = t;
          }
        }
      }
    };
  }

  @Test
  void anInsertionSortThatSwapsEqualKeysPartsWhereItFirstSwapsATie() {
    int[] input = {4, 2, 4, 1, 2};
    Trace reference = SortTracer.trace("insertion-sort", "Insertion sort", insertionSort(false), input, List.of());
    Trace yours = SortTracer.trace("insertion-sort", "Insertion sort", insertionSort(true), input, List.of());
    Replay replay = Replay.of(yours, reference);
    // Worked by hand: [4₁ 2₁ 4₂ 1 2₂]; steps 1-2 sort 4₁ 2₁ and compare 4₁ with 4₂, the first tie.
    assertEquals(2, replay.firstDifference());
    assertEquals("step 2: both — compare a[1]=4₁ with a[2]=4₂, then yours: swap a[1] ↔ a[2]; the reference: no move",
        replay.difference());
  }

  // ---------------------------------------------------------------- binary search, high = middle - 1

  private static IndexSearch binarySearch(boolean dropMiddleTwice) {
    return new IndexSearch() {
      @Override
      public <T> int indexOf(T[] sorted, T key, Comparator<? super T> order) {
        int low = 0;
        int high = sorted.length; // exclusive
        while (low < high) {
          int middle = (low + high) >>> 1;
          int c = order.compare(sorted[middle], key);
          if (c == 0) {
            return middle;
          } else if (c < 0) {
            low = middle + 1;
          } else {
            high = dropMiddleTwice ? middle - 1 : middle;
          }
        }
        return -(low + 1);
      }
    };
  }

  @Test
  void aSearchThatDropsOneElementTooManyPartsAtTheProbeAfterItsFirstMoveLeft() {
    int[] sorted = {1, 3, 5, 7, 9, 11, 13, 15};
    int[] keys = {5};
    Trace reference = SearchTracer.traceIndexOf("binary-search", "Binary search", binarySearch(false), sorted, keys,
        List.of());
    Trace yours = SearchTracer.traceIndexOf("binary-search", "Binary search", binarySearch(true), sorted, keys,
        List.of());
    Replay replay = Replay.of(yours, reference);
    // Probe 4 (9) is larger than 5: the bug sets high = 3 where the reference keeps 4, so the
    // next probe is where the two part: index 1 for yours, index 2 for the reference.
    int firstLarger = -1;
    for (int k = 0; k < reference.steps().size(); k++) {
      SearchState state = (SearchState) reference.steps().get(k).state();
      if (state.probe() >= 0 && state.marks().get(state.probe()).equals(">")) {
        firstLarger = k;
        break;
      }
    }
    assertEquals(firstLarger + 1, replay.firstDifference());
    assertEquals("step 2: yours — indexOf(5): compare a[1]=3 with 5; the reference — indexOf(5): compare a[2]=5 with 5",
        replay.difference());
  }

  // ---------------------------------------------------------------- heapify, the larger child

  private static ArraySorter heapify(boolean largerChild) {
    return new ArraySorter() {
      @Override
      public <T> void sort(T[] heap, Comparator<? super T> order) {
        for (int i = heap.length / 2 - 1; i >= 0; i--) {
          int index = i;
          T value = heap[index];
          while (2 * index + 1 < heap.length) {
            int child = 2 * index + 1;
            if (child + 1 < heap.length) {
              int c = order.compare(heap[child + 1], heap[child]);
              if (largerChild ? c > 0 : c < 0) {
                child++;
              }
            }
            if (order.compare(heap[child], value) >= 0) {
              break;
            }
            heap[index] = heap[child];
            index = child;
          }
          heap[index] = value;
        }
      }
    };
  }

  @Test
  void aSiftDownThatFollowsTheLargerChildPartsRightAfterComparingTheChildren() {
    int[] input = {9, 4, 7, 1, 8, 2, 6};
    Trace reference = HeapTracer.inArray("heapify", "Heapify", "heapify", heapify(false), input, List.of());
    Trace yours = HeapTracer.inArray("heapify", "Heapify", "heapify", heapify(true), input, List.of());
    Replay replay = Replay.of(yours, reference);
    // The first sift (slot 2: children 2 and 6) compares 6 with 2; the reference then compares
    // the smaller child 2 with 7, yours the larger, 6 (7 is lifted out but still in its slot).
    assertEquals(2, replay.firstDifference());
    assertEquals("step 2: yours — heapify: compare h[6]=6 with h[2]=7; the reference — heapify: compare h[5]=2 "
        + "with h[2]=7", replay.difference());
  }

  @Test
  void twoIdenticalRunsAgreeAndARunThatStopsEarlyIsNamed() {
    int[] input = {5, 2, 9, 1};
    Trace a = SortTracer.trace("insertion-sort", "i", insertionSort(false), input, List.of());
    Trace b = SortTracer.trace("insertion-sort", "i", insertionSort(false), input, List.of());
    Replay same = Replay.of(a, b);
    assertEquals(-1, same.firstDifference());
    ArraySorter quits = new ArraySorter() {
      @Override
      public <T> void sort(T[] values, Comparator<? super T> order) {
        // Only the first insertion: the same first step as the reference, then nothing.
        if (order.compare(values[0], values[1]) > 0) {
          T t = values[0];
          values[0] = values[1];
          values[1] = t;
        }
      }
    };
    Replay early = Replay.of(SortTracer.trace("insertion-sort", "i", quits, input, List.of()), b);
    assertEquals(2, early.firstDifference());
    assertTrue(early.difference().startsWith("step 2: yours stopped (not sorted"), early.difference());
  }
}
