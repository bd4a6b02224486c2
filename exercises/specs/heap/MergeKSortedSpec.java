package io.github.dsalab.exercises.heap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dsalab.counting.CountingComparator;
import io.github.dsalab.exercises.support.InputFamily;
import io.github.dsalab.exercises.support.Workload;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class MergeKSortedSpec {
  private static final Comparator<Integer> ORDER = Comparator.naturalOrder();

  @Test
  void mergesThreeLists() {
    assertEquals(List.of(0, 1, 2, 4, 5, 7, 9),
        MergeKSorted.mergeK(List.of(List.of(1, 4, 7), List.of(2, 5), List.of(0, 9)), ORDER));
  }

  @Test
  void handlesNoListsAndEmptyLists() {
    assertEquals(List.of(), MergeKSorted.mergeK(List.of(), ORDER));
    assertEquals(List.of(3), MergeKSorted.mergeK(List.of(List.of(), List.of(3), List.of()), ORDER));
  }

  @Property(tries = 200)
  void matchesSortingEverything(@ForAll @Size(max = 6) List<@Size(max = 6) List<@IntRange(min = 0, max = 20) Integer>> input) {
    List<List<Integer>> lists = new ArrayList<>();
    List<Integer> expected = new ArrayList<>();
    for (List<Integer> list : input) {
      List<Integer> sorted = new ArrayList<>(list);
      sorted.sort(null);
      lists.add(sorted);
      expected.addAll(sorted);
    }
    expected.sort(null);
    assertEquals(expected, MergeKSorted.mergeK(lists, ORDER), "mergeK(" + lists + ")");
  }

  /**
   * Comparisons to merge n lists of 8 elements: list j holds {@code j, j + n, j + 2n, ...}
   * ({@code INTERLEAVED}) or {@code 8j .. 8j + 7} ({@code ONE_AFTER_OTHER}).
   */
  @Workload({InputFamily.INTERLEAVED, InputFamily.ONE_AFTER_OTHER})
  static long comparisons(InputFamily family, int n) {
    List<List<Integer>> lists = new ArrayList<>();
    for (int j = 0; j < n; j++) {
      List<Integer> list = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        list.add(family == InputFamily.INTERLEAVED ? j + i * n : 8 * j + i);
      }
      lists.add(list);
    }
    CountingComparator<Integer> order = CountingComparator.naturalOrder();
    MergeKSorted.mergeK(lists, order);
    return order.count();
  }
}
