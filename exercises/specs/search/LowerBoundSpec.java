package io.github.dsalab.exercises.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dsalab.counting.CountingComparator;
import io.github.dsalab.exercises.support.InputFamily;
import io.github.dsalab.exercises.support.Inputs;
import io.github.dsalab.exercises.support.Workload;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class LowerBoundSpec {
  private static final Comparator<Integer> ORDER = Comparator.naturalOrder();
  private static final Integer[] EXAMPLE = {1, 3, 3, 3, 8};

  @Test
  void pointsAtTheFirstOfEqualElements() {
    assertEquals(1, LowerBound.lowerBound(EXAMPLE, 3, ORDER));
  }

  @Test
  void pointsAtTheFirstLargerElementForAnAbsentKey() {
    assertEquals(4, LowerBound.lowerBound(EXAMPLE, 4, ORDER));
    assertEquals(0, LowerBound.lowerBound(EXAMPLE, 0, ORDER));
  }

  @Test
  void pointsPastTheEndWhenEverythingIsSmaller() {
    assertEquals(5, LowerBound.lowerBound(EXAMPLE, 9, ORDER));
    assertEquals(0, LowerBound.lowerBound(new Integer[0], 9, ORDER));
  }

  @Property(tries = 300)
  void matchesALinearScan(@ForAll @Size(max = 30) List<@IntRange(min = 0, max = 9) Integer> values,
      @ForAll @IntRange(min = -1, max = 10) int key) {
    List<Integer> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int expected = 0;
    while (expected < sorted.size() && sorted.get(expected) < key) {
      expected++;
    }
    assertEquals(expected, LowerBound.lowerBound(sorted.toArray(new Integer[0]), key, ORDER),
        "lowerBound(" + sorted + ", " + key + ")");
  }

  /**
   * Comparisons for 32 searches: in {@code 0, 2, 4, ...} for sorted input (half of the keys
   * absent), in runs of equal keys for {@code EQUAL_RUNS}, and in n equal elements for
   * {@code ALL_EQUAL} (keys below, equal to and above them).
   */
  @Workload({InputFamily.SORTED, InputFamily.EQUAL_RUNS, InputFamily.ALL_EQUAL})
  static long comparisons(InputFamily family, int n) {
    Integer[] sorted = family == InputFamily.SORTED ? Inputs.ascending(n)
        : family == InputFamily.EQUAL_RUNS ? Inputs.equalRuns(n) : Inputs.array(InputFamily.ALL_EQUAL, n);
    CountingComparator<Integer> order = CountingComparator.naturalOrder();
    for (int i = 0; i < 32; i++) {
      int key = family == InputFamily.SORTED ? (int) ((2L * n * i) / 32) + (i & 1)
          : family == InputFamily.EQUAL_RUNS ? i % 18 - 1 : 6 + i % 3;
      LowerBound.lowerBound(sorted, key, order);
    }
    return order.count();
  }
}
