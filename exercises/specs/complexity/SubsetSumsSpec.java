package io.github.dsalab.exercises.complexity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dsalab.exercises.support.CountingList;
import io.github.dsalab.exercises.support.InputFamily;
import io.github.dsalab.exercises.support.Inputs;
import io.github.dsalab.exercises.support.Stress;
import io.github.dsalab.exercises.support.Workload;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class SubsetSumsSpec {
  @Test
  void countsTheSubsetsWithTheSum() {
    assertEquals(2, SubsetSums.countSubsets(List.of(1, 2, 3), 3));
  }

  @Test
  void theEmptySubsetSumsToZero() {
    assertEquals(1, SubsetSums.countSubsets(List.of(1, 2, 3), 0));
    assertEquals(1, SubsetSums.countSubsets(List.of(), 0));
  }

  @Test
  void equalValuesAtDifferentPositionsAreDifferentSubsets() {
    assertEquals(2, SubsetSums.countSubsets(List.of(2, 2), 2));
  }

  @Property(tries = 150)
  void matchesADynamicProgrammingCount(@ForAll @Size(max = 7) List<@IntRange(min = -6, max = 6) Integer> values,
      @ForAll @IntRange(min = -10, max = 10) int target) {
    matchesADynamicProgrammingCountFor(values, target);
  }

  @Property(tries = 20)
  @Tag(Stress.TAG)
  void matchesADynamicProgrammingCountForTwelveValues(
      @ForAll @Size(min = 12, max = 12) List<@IntRange(min = -6, max = 6) Integer> values,
      @ForAll @IntRange(min = -10, max = 10) int target) {
    matchesADynamicProgrammingCountFor(values, target);
  }

  private static void matchesADynamicProgrammingCountFor(List<Integer> values, int target) {
    // ways[s + offset] = number of subsets of the values seen so far with sum s.
    int offset = 6 * 12;
    long[] ways = new long[2 * offset + 1];
    ways[offset] = 1;
    for (int value : values) {
      long[] next = ways.clone();
      for (int s = 0; s < ways.length; s++) {
        if (ways[s] != 0) {
          next[s + value] += ways[s];
        }
      }
      ways = next;
    }
    assertEquals(ways[target + offset], SubsetSums.countSubsets(List.copyOf(values), target),
        "countSubsets(" + values + ", " + target + ")");
  }

  /** List reads for n random values in [-9, 9] and target 1. */
  @Workload(InputFamily.RANDOM)
  static long reads(int n) {
    CountingList<Integer> values = CountingList.of(Inputs.randomList(n, 9));
    SubsetSums.countSubsets(values, 1);
    return values.reads();
  }
}
