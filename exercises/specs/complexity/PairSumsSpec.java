package io.github.dsalab.exercises.complexity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dsalab.exercises.support.CountingList;
import io.github.dsalab.exercises.support.InputFamily;
import io.github.dsalab.exercises.support.Inputs;
import io.github.dsalab.exercises.support.Workload;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class PairSumsSpec {
  @Test
  void countsDistinctPairs() {
    assertEquals(2, PairSums.countPairs(List.of(1, 2, 3, 4), 5));
  }

  @Test
  void countsPairsOfPositionsNotOfValues() {
    assertEquals(3, PairSums.countPairs(List.of(2, 2, 2), 4));
  }

  @Test
  void anEmptyListHasNoPairs() {
    assertEquals(0, PairSums.countPairs(List.of(), 0));
  }

  @Property(tries = 200)
  void matchesCountingEveryPair(@ForAll @Size(max = 25) List<@IntRange(min = -5, max = 5) Integer> values,
      @ForAll @IntRange(min = -6, max = 6) int target) {
    long expected = 0;
    for (int i = 0; i < values.size(); i++) {
      for (int j = i + 1; j < values.size(); j++) {
        expected += values.get(i) + values.get(j) == target ? 1 : 0;
      }
    }
    assertEquals(expected, PairSums.countPairs(List.copyOf(values), target),
        "countPairs(" + values + ", " + target + ")");
  }

  /** List reads for n random values in [-50, 50] and target 0. */
  @Workload(InputFamily.RANDOM)
  static long reads(int n) {
    CountingList<Integer> values = CountingList.of(Inputs.randomList(n, 50));
    PairSums.countPairs(values, 0);
    return values.reads();
  }
}
