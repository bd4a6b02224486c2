package io.github.dsalab.exercises.heap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dsalab.counting.CountingComparator;
import io.github.dsalab.exercises.support.InputFamily;
import io.github.dsalab.exercises.support.Inputs;
import io.github.dsalab.exercises.support.Workload;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class HeapifySpec {
  private static final Comparator<Integer> ORDER = Comparator.naturalOrder();

  private static boolean isMinHeap(Integer[] values) {
    for (int i = 1; i < values.length; i++) {
      if (values[i] < values[(i - 1) / 2]) {
        return false;
      }
    }
    return true;
  }

  @Test
  void putsTheMinimumAtTheRoot() {
    Integer[] values = {5, 3, 8, 1, 9, 2};
    Heapify.heapify(values, ORDER);
    assertEquals(1, values[0]);
    assertTrue(isMinHeap(values), "heap-ordered: " + Arrays.toString(values));
  }

  @Test
  void leavesEmptyAndSingleArraysAlone() {
    Integer[] empty = {};
    Heapify.heapify(empty, ORDER);
    Integer[] single = {4};
    Heapify.heapify(single, ORDER);
    assertEquals(List.of(4), Arrays.asList(single));
  }

  @Property(tries = 300)
  void makesAHeapOfTheSameElements(@ForAll @Size(max = 40) List<@IntRange(min = 0, max = 20) Integer> input) {
    Integer[] values = input.toArray(new Integer[0]);
    Heapify.heapify(values, ORDER);
    assertTrue(isMinHeap(values), "heapify(" + input + ") gave " + Arrays.toString(values) + ", not a min-heap");
    List<Integer> expected = new ArrayList<>(input);
    expected.sort(null);
    List<Integer> actual = new ArrayList<>(Arrays.asList(values));
    actual.sort(null);
    assertEquals(expected, actual, "heapify(" + input + ") must keep the same elements");
  }

  /** Comparisons to heapify n integers of each family (descending is the worst order for sift-up). */
  @Workload({InputFamily.REVERSED, InputFamily.SHUFFLED, InputFamily.FEW_DISTINCT})
  static long comparisons(InputFamily family, int n) {
    CountingComparator<Integer> order = CountingComparator.naturalOrder();
    Heapify.heapify(Inputs.array(family, n), order);
    return order.count();
  }
}
