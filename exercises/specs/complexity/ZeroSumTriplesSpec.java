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

class ZeroSumTriplesSpec {
  @Test
  void countsTriplesOfPositions() {
    assertEquals(3, ZeroSumTriples.countTriples(List.of(-1, 0, 1, 2, -1, -4)));
  }

  @Test
  void fourZerosMakeFourTriples() {
    assertEquals(4, ZeroSumTriples.countTriples(List.of(0, 0, 0, 0)));
  }

  @Test
  void fewerThanThreeValuesHaveNoTriple() {
    assertEquals(0, ZeroSumTriples.countTriples(List.of(1, 2)));
    assertEquals(0, ZeroSumTriples.countTriples(List.of()));
  }

  @Property(tries = 150)
  void matchesCountingEveryTriple(@ForAll @Size(max = 15) List<@IntRange(min = -4, max = 4) Integer> values) {
    long expected = 0;
    int n = values.size();
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        for (int k = j + 1; k < n; k++) {
          expected += values.get(i) + values.get(j) + values.get(k) == 0 ? 1 : 0;
        }
      }
    }
    assertEquals(expected, ZeroSumTriples.countTriples(List.copyOf(values)), "countTriples(" + values + ")");
  }

  /** List reads for n random values in [-50, 50]. */
  @Workload(InputFamily.RANDOM)
  static long reads(int n) {
    CountingList<Integer> values = CountingList.of(Inputs.randomList(n, 50));
    ZeroSumTriples.countTriples(values);
    return values.reads();
  }
}
