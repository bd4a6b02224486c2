package io.github.dsalab.exercises.heap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dsalab.counting.CountingComparator;
import io.github.dsalab.exercises.support.InputFamily;
import io.github.dsalab.exercises.support.Inputs;
import io.github.dsalab.exercises.support.Workload;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class HeapSiftSpec {
  private static final Comparator<Integer> ORDER = Comparator.naturalOrder();

  @Test
  void siftUpMovesANewMinimumToTheRoot() {
    Integer[] heap = {1, 3, 2, 7, 4, 0};
    HeapSift.siftUp(heap, 5, ORDER);
    assertEquals(List.of(0, 3, 1, 7, 4, 2), Arrays.asList(heap));
  }

  @Test
  void siftDownMovesAReplacedRootToItsPlace() {
    Integer[] heap = {9, 3, 2, 7, 4};
    HeapSift.siftDown(heap, 0, 5, ORDER);
    assertEquals(List.of(2, 3, 9, 7, 4), Arrays.asList(heap));
  }

  @Test
  void siftDownIgnoresElementsBeyondTheSize() {
    Integer[] heap = {9, 3, 2, 0, 0};
    HeapSift.siftDown(heap, 0, 3, ORDER);
    assertEquals(List.of(2, 3, 9, 0, 0), Arrays.asList(heap));
  }

  @Test
  void siftDownComparesWithALoneLeftChild() {
    // Index 1 has one child, index 3: the replaced root must still move past it.
    Integer[] heap = {5, 1, 2, 3};
    HeapSift.siftDown(heap, 0, 4, ORDER);
    assertEquals(List.of(1, 3, 2, 5), Arrays.asList(heap));
  }

  /**
   * A priority queue built from the two moves behaves like java.util.PriorityQueue: a value of
   * 0 or more is added, -1 removes the minimum; after every move no element is smaller than its
   * parent.
   */
  @Property(tries = 300)
  void makeAPriorityQueue(@ForAll @Size(max = 40) List<@IntRange(min = -1, max = 20) Integer> actions) {
    Integer[] heap = new Integer[actions.size()];
    int size = 0;
    PriorityQueue<Integer> model = new PriorityQueue<>();
    List<Integer> removed = new ArrayList<>();
    List<Integer> expected = new ArrayList<>();
    for (int action : actions) {
      if (action >= 0) {
        heap[size] = action;
        HeapSift.siftUp(heap, size++, ORDER);
        model.add(action);
      } else if (size > 0) {
        removed.add(heap[0]);
        heap[0] = heap[--size];
        HeapSift.siftDown(heap, 0, size, ORDER);
        expected.add(model.remove());
      }
      for (int child = 1; child < size; child++) {
        int parent = (child - 1) / 2;
        if (heap[child] < heap[parent]) {
          throw new AssertionError("after the actions " + actions + ", heap[" + child + "] = " + heap[child]
              + " is smaller than its parent heap[" + parent + "] = " + heap[parent] + " in "
              + Arrays.asList(heap).subList(0, size));
        }
      }
    }
    assertEquals(expected, removed, "minimums removed after the actions " + actions);
  }

  /** Comparisons for 16 sift-downs of a too-large root and 16 sift-ups of a too-small leaf in a heap of n. */
  @Workload(InputFamily.TYPICAL)
  static long comparisons(int n) {
    CountingComparator<Integer> order = CountingComparator.naturalOrder();
    for (int round = 0; round < 16; round++) {
      Integer[] heap = Inputs.ascending(n);
      heap[0] = 2 * n + round;
      HeapSift.siftDown(heap, 0, n, order);
      heap = Inputs.ascending(n);
      heap[n - 1 - round] = -1 - round;
      HeapSift.siftUp(heap, n - 1 - round, order);
    }
    return order.count();
  }
}
