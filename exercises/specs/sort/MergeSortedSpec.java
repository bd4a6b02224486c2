package io.github.dsalab.exercises.sort;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dsalab.counting.CountingComparator;
import io.github.dsalab.exercises.support.Workload;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class MergeSortedSpec {
  private static final Comparator<Integer> ORDER = Comparator.naturalOrder();

  @Test
  void interleavesTwoSortedLists() {
    assertEquals(List.of(1, 2, 3, 4, 9, 10, 11), MergeSorted.merge(List.of(1, 4, 9), List.of(2, 3, 10, 11), ORDER));
  }

  @Test
  void mergesWithAnEmptyList() {
    assertEquals(List.of(5), MergeSorted.merge(List.of(), List.of(5), ORDER));
    assertEquals(List.of(5), MergeSorted.merge(List.of(5), List.of(), ORDER));
  }

  @Property(tries = 300)
  void matchesSortingTheConcatenation(@ForAll @Size(max = 20) List<@IntRange(min = 0, max = 30) Integer> a,
      @ForAll @Size(max = 20) List<@IntRange(min = 0, max = 30) Integer> b) {
    List<Integer> first = new ArrayList<>(a);
    List<Integer> second = new ArrayList<>(b);
    first.sort(null);
    second.sort(null);
    List<Integer> expected = new ArrayList<>(first);
    expected.addAll(second);
    expected.sort(null);
    assertEquals(expected, MergeSorted.merge(List.copyOf(first), List.copyOf(second), ORDER),
        "merge(" + first + ", " + second + ")");
  }

  @Property(tries = 100)
  void takesEqualElementsFromTheFirstListFirst(@ForAll @Size(max = 10) List<@IntRange(min = 0, max = 3) Integer> a,
      @ForAll @Size(max = 10) List<@IntRange(min = 0, max = 3) Integer> b) {
    // Tag each element with its list (+0 first, +1 second) and compare by tens only.
    List<Integer> first = new ArrayList<>();
    a.stream().sorted().forEach(k -> first.add(k * 10));
    List<Integer> second = new ArrayList<>();
    b.stream().sorted().forEach(k -> second.add(k * 10 + 1));
    List<Integer> expected = new ArrayList<>(first);
    expected.addAll(second);
    expected.sort(null);
    assertEquals(expected, MergeSorted.merge(first, second, Comparator.comparingInt(v -> v / 10)),
        "merge by tens of " + first + " and " + second);
  }

  /** Comparisons to merge the evens below n with the odds below n (interleaved, n elements). */
  @Workload
  static long comparisons(int n) {
    List<Integer> evens = new ArrayList<>();
    List<Integer> odds = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      (i % 2 == 0 ? evens : odds).add(i);
    }
    CountingComparator<Integer> order = CountingComparator.naturalOrder();
    MergeSorted.merge(evens, odds, order);
    return order.count();
  }
}
