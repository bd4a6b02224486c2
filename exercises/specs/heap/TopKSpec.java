package io.github.dsalab.exercises.heap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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

class TopKSpec {
  private static final Comparator<Integer> ORDER = Comparator.naturalOrder();

  @Test
  void returnsTheLargestFirst() {
    assertEquals(List.of(9, 7), TopK.topK(List.of(5, 1, 9, 3, 7), 2, ORDER));
  }

  @Test
  void returnsEverythingWhenKIsLarge() {
    assertEquals(List.of(5, 1), TopK.topK(List.of(5, 1), 3, ORDER));
  }

  @Test
  void keepsEqualElements() {
    assertEquals(List.of(4, 4), TopK.topK(List.of(4, 4, 2), 2, ORDER));
  }

  @Test
  void rejectsANegativeK() {
    assertThrows(IllegalArgumentException.class, () -> TopK.topK(List.of(1), -1, ORDER));
  }

  @Property(tries = 300)
  void matchesSortingDescending(@ForAll @Size(max = 40) List<@IntRange(min = 0, max = 30) Integer> values,
      @ForAll @IntRange(min = 0, max = 10) int k) {
    List<Integer> sorted = new ArrayList<>(values);
    sorted.sort(ORDER.reversed());
    List<Integer> before = List.copyOf(values);
    assertEquals(sorted.subList(0, Math.min(k, sorted.size())), TopK.topK(values, k, ORDER),
        "topK(" + values + ", " + k + ")");
    assertEquals(before, values, "the input must not be modified");
  }

  /** Comparisons to find the 8 largest of n distinct integers in each order. */
  @Workload({InputFamily.SHUFFLED, InputFamily.SORTED, InputFamily.REVERSED})
  static long comparisons(InputFamily family, int n) {
    CountingComparator<Integer> order = CountingComparator.naturalOrder();
    TopK.topK(List.of(Inputs.array(family, n)), 8, order);
    return order.count();
  }
}
