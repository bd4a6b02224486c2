package io.github.dsalab.exercises.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dsalab.counting.CountingComparator;
import io.github.dsalab.exercises.support.InputFamily;
import io.github.dsalab.exercises.support.Inputs;
import io.github.dsalab.exercises.support.Workload;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class BinarySearchSpec {
  private static final Comparator<Integer> ORDER = Comparator.naturalOrder();

  @Test
  void findsAKeyThatIsPresent() {
    assertEquals(OptionalInt.of(3), BinarySearch.indexOf(new Integer[] {1, 3, 5, 7, 9}, 7, ORDER));
  }

  @Test
  void reportsAnAbsentKeyAsEmpty() {
    assertEquals(OptionalInt.empty(), BinarySearch.indexOf(new Integer[] {1, 3, 5, 7, 9}, 4, ORDER));
  }

  @Test
  void findsNothingInAnEmptyArray() {
    assertEquals(OptionalInt.empty(), BinarySearch.indexOf(new Integer[0], 4, ORDER));
  }

  @Test
  void findsTheFirstAndTheLastElement() {
    Integer[] sorted = {2, 4, 6, 8};
    assertEquals(OptionalInt.of(0), BinarySearch.indexOf(sorted, 2, ORDER));
    assertEquals(OptionalInt.of(3), BinarySearch.indexOf(sorted, 8, ORDER));
  }

  @Property(tries = 300)
  void returnsTheIndexOfTheKeyOrEmpty(
      @ForAll @Size(max = 40) List<@IntRange(min = -50, max = 50) Integer> values,
      @ForAll @IntRange(min = -55, max = 55) int key) {
    List<Integer> sorted = List.copyOf(new TreeSet<>(values));
    int expected = sorted.indexOf(key);
    assertEquals(expected < 0 ? OptionalInt.empty() : OptionalInt.of(expected),
        BinarySearch.indexOf(sorted.toArray(new Integer[0]), key, ORDER),
        "indexOf(" + sorted + ", " + key + ")");
  }

  /** Comparisons for 32 searches (present and absent keys) in an array of n sorted elements. */
  @Workload(InputFamily.SORTED)
  static long comparisons(int n) {
    Integer[] sorted = Inputs.ascending(n);
    CountingComparator<Integer> order = CountingComparator.naturalOrder();
    for (int i = 0; i < 32; i++) {
      BinarySearch.indexOf(sorted, (int) ((2L * n * i) / 32) + (i & 1), order);
    }
    return order.count();
  }
}
