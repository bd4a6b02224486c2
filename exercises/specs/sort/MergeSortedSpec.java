package io.github.dsalab.exercises.sort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dsalab.counting.CountingComparator;
import io.github.dsalab.exercises.support.InputFamily;
import io.github.dsalab.exercises.support.TimedCall;
import io.github.dsalab.exercises.support.Workload;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
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

  /**
   * The statement promises at most n - 1 comparisons for n elements in all.
   *
   * @param a the first list's elements, sorted before the call
   * @param b the second list's elements, sorted before the call
   */
  @Property(tries = 200)
  void makesAtMostNMinusOneComparisons(@ForAll @Size(max = 30) List<@IntRange(min = 0, max = 40) Integer> a,
      @ForAll @Size(max = 30) List<@IntRange(min = 0, max = 40) Integer> b) {
    List<Integer> first = a.stream().sorted().collect(Collectors.toList());
    List<Integer> second = b.stream().sorted().collect(Collectors.toList());
    CountingComparator<Integer> order = CountingComparator.naturalOrder();
    MergeSorted.merge(first, second, order);
    int n = first.size() + second.size();
    assertTrue(order.count() <= Math.max(0, n - 1), "the statement promises at most n - 1 = " + Math.max(0, n - 1)
        + " comparisons to merge " + first + " and " + second + "; counted " + order.count());
  }

  /**
   * Comparisons to merge n elements in two sorted lists: alternating ({@code INTERLEAVED}), the
   * lower half then the upper half ({@code ONE_AFTER_OTHER}), or every 16th element (the last
   * one too) in the second list ({@code UNEVEN}). The merge itself is timed for the gate's second measure.
   */
  @Workload({InputFamily.INTERLEAVED, InputFamily.ONE_AFTER_OTHER, InputFamily.UNEVEN})
  static long comparisons(InputFamily family, int n) {
    List<Integer> first = new ArrayList<>();
    List<Integer> second = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      boolean toFirst = family == InputFamily.INTERLEAVED ? i % 2 == 0
          : family == InputFamily.ONE_AFTER_OTHER ? i < n / 2 : i % 16 != 15;
      (toFirst ? first : second).add(i);
    }
    CountingComparator<Integer> order = CountingComparator.naturalOrder();
    TimedCall.of(() -> MergeSorted.merge(first, second, order));
    return order.count();
  }
}
