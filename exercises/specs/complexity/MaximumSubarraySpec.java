package io.github.dsalab.exercises.complexity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.dsalab.exercises.support.CountingList;
import io.github.dsalab.exercises.support.InputFamily;
import io.github.dsalab.exercises.support.Inputs;
import io.github.dsalab.exercises.support.Workload;
import java.util.List;
import java.util.NoSuchElementException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NotEmpty;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class MaximumSubarraySpec {
  @Test
  void findsTheBestRunInTheClassicExample() {
    assertEquals(6, MaximumSubarray.maxSum(List.of(-2, 1, -3, 4, -1, 2, 1, -5, 4)));
  }

  @Test
  void allNegativeValuesGiveTheLargestOne() {
    assertEquals(-1, MaximumSubarray.maxSum(List.of(-3, -1, -2)));
  }

  @Test
  void rejectsAnEmptyList() {
    assertThrows(NoSuchElementException.class, () -> MaximumSubarray.maxSum(List.of()));
  }

  @Property(tries = 300)
  void matchesTheBestOfAllRuns(@ForAll @NotEmpty @Size(max = 30) List<@IntRange(min = -20, max = 20) Integer> values) {
    long expected = Long.MIN_VALUE;
    for (int start = 0; start < values.size(); start++) {
      long sum = 0;
      for (int end = start; end < values.size(); end++) {
        sum += values.get(end);
        expected = Math.max(expected, sum);
      }
    }
    assertEquals(expected, MaximumSubarray.maxSum(List.copyOf(values)), "maxSum(" + values + ")");
  }

  /** List reads for n random values in [-100, 100]. */
  @Workload(InputFamily.RANDOM)
  static long reads(int n) {
    CountingList<Integer> values = CountingList.of(Inputs.randomList(n, 100));
    MaximumSubarray.maxSum(values);
    return values.reads();
  }
}
