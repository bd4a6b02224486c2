package io.github.dsalab.exercises.complexity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.dsalab.exercises.support.CountingList;
import io.github.dsalab.exercises.support.InputFamily;
import io.github.dsalab.exercises.support.Workload;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NoSuchElementException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.NotEmpty;
import org.junit.jupiter.api.Test;

class LowerMedianSpec {
  @Test
  void returnsTheMiddleOfAnOddSizedList() {
    assertEquals(4, LowerMedian.lowerMedian(List.of(1, 4, 9)));
  }

  @Test
  void returnsTheLeftMiddleOfAnEvenSizedList() {
    assertEquals(4, LowerMedian.lowerMedian(List.of(1, 4, 9, 16)));
  }

  @Test
  void returnsTheOnlyElementOfASingleton() {
    assertEquals(7, LowerMedian.lowerMedian(List.of(7)));
  }

  @Test
  void rejectsAnEmptyList() {
    assertThrows(NoSuchElementException.class, () -> LowerMedian.lowerMedian(List.of()));
  }

  @Property(tries = 200)
  void matchesTheElementWithAsManySmallerAsLarger(@ForAll @NotEmpty List<Integer> values) {
    List<Integer> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    assertEquals(sorted.get((sorted.size() - 1) / 2),
        LowerMedian.lowerMedian(Collections.unmodifiableList(sorted)), "lowerMedian(" + sorted + ")");
  }

  /** Elements read from a sorted list of n elements. */
  @Workload(InputFamily.TYPICAL)
  static long reads(int n) {
    List<Integer> sorted = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      sorted.add(i);
    }
    CountingList<Integer> list = CountingList.of(sorted);
    LowerMedian.lowerMedian(list);
    return list.reads();
  }
}
