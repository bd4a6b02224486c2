package io.github.dsalab.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dsalab.counting.CountingComparator;
import io.github.dsalab.counting.CountingIntPredicate;
import io.github.dsalab.counting.CountingLongPredicate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.function.LongPredicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class BinarySearchTest {

  @Test
  void theClassExampleHolds() {
    int[] sorted = {2, 3, 3, 3, 8};
    assertEquals(4, BinarySearch.indexOf(sorted, 8));
    assertEquals(3, BinarySearch.upperBound(sorted, 3) - BinarySearch.lowerBound(sorted, 3));
    assertEquals(-5, BinarySearch.indexOf(sorted, 4), "absent 4 would be inserted at index 4");
  }

  @Test
  void emptyArraysAndRangesGiveTheInsertionPointFromIndex() {
    assertEquals(-1, BinarySearch.indexOf(new int[0], 5));
    assertEquals(0, BinarySearch.lowerBound(new long[0], 5L));
    assertEquals(0, BinarySearch.upperBound(new Integer[0], 5));
    assertEquals(0, BinarySearch.lowerBound(List.<Integer>of(), 5));
    int[] a = {1, 2, 3, 4, 5};
    assertEquals(-4, BinarySearch.indexOf(a, 3, 3, 4));
    assertEquals(3, BinarySearch.lowerBound(a, 3, 3, 1));
    assertEquals(3, BinarySearch.upperBound(a, 3, 3, 9));
  }

  @Test
  void boundsReturnToIndexWhenEveryElementIsSmaller() {
    int[] a = {1, 2, 3, 9, 9};
    assertEquals(3, BinarySearch.lowerBound(a, 0, 3, 7));
    assertEquals(3, BinarySearch.upperBound(a, 0, 3, 3));
    assertEquals(5, BinarySearch.upperBound(a, 9));
  }

  @Test
  void extremeValuesAreOrderedCorrectly() {
    int[] a = {Integer.MIN_VALUE, -1, 0, Integer.MAX_VALUE};
    assertEquals(0, BinarySearch.indexOf(a, Integer.MIN_VALUE));
    assertEquals(3, BinarySearch.indexOf(a, Integer.MAX_VALUE));
    assertEquals(4, BinarySearch.upperBound(a, Integer.MAX_VALUE));
    long[] b = {Long.MIN_VALUE, 0, Long.MAX_VALUE};
    assertEquals(2, BinarySearch.lowerBound(b, Long.MAX_VALUE));
    assertEquals(1, BinarySearch.upperBound(b, Long.MIN_VALUE));
  }

  @Test
  void badArrayRangesThrowWhatTheJdkThrows() {
    int[] a = new int[5];
    int[][] ranges = {{-1, 2}, {0, 6}, {3, 2}, {-1, 6}, {6, 7}, {4, -1}};
    for (int[] r : ranges) {
      Class<? extends Throwable> jdk = thrown(() -> Arrays.binarySearch(a, r[0], r[1], 0));
      assertEquals(jdk, thrown(() -> BinarySearch.indexOf(a, r[0], r[1], 0)), Arrays.toString(r));
      assertEquals(jdk, thrown(() -> BinarySearch.lowerBound(a, r[0], r[1], 0)));
      assertEquals(jdk, thrown(() -> BinarySearch.upperBound(a, r[0], r[1], 0)));
      assertEquals(jdk, thrown(() -> BinarySearch.indexOf(new long[5], r[0], r[1], 0L)));
      assertEquals(jdk, thrown(() -> BinarySearch.lowerBound(new Integer[5], r[0], r[1], 0)));
      assertEquals(jdk, thrown(() -> BinarySearch.upperBound(new String[5], r[0], r[1], "", Comparator.naturalOrder())));
    }
  }

  @Test
  void badListRangesThrowWhatSubListThrows() {
    List<Integer> list = new ArrayList<>(List.of(1, 2, 3, 4, 5));
    int[][] ranges = {{-1, 2}, {0, 6}, {3, 2}};
    for (int[] r : ranges) {
      Class<? extends Throwable> jdk = thrown(() -> list.subList(r[0], r[1]));
      assertEquals(jdk, thrown(() -> BinarySearch.indexOf(list, r[0], r[1], 3)), Arrays.toString(r));
      assertEquals(jdk, thrown(() -> BinarySearch.lowerBound(new LinkedList<>(list), r[0], r[1], 3)));
      assertEquals(jdk, thrown(() -> BinarySearch.upperBound(list, r[0], r[1], 3, Comparator.naturalOrder())));
    }
  }

  private static Class<? extends Throwable> thrown(Executable call) {
    return assertThrows(RuntimeException.class, call).getClass();
  }

  @Test
  void nullArgumentsAreNamed() {
    Comparator<Integer> natural = Comparator.naturalOrder();
    Integer[] boxed = {1, 2};
    List<Integer> list = List.of(1, 2);
    assertNpe("array", () -> BinarySearch.indexOf((int[]) null, 1));
    assertNpe("array", () -> BinarySearch.lowerBound((long[]) null, 0, 0, 1L));
    assertNpe("array", () -> BinarySearch.upperBound((Integer[]) null, 1));
    assertNpe("array", () -> BinarySearch.indexOf((Integer[]) null, 1, natural));
    assertNpe("list", () -> BinarySearch.indexOf((List<Integer>) null, 1));
    assertNpe("list", () -> BinarySearch.upperBound((List<Integer>) null, 1, natural));
    assertNpe("key", () -> BinarySearch.indexOf(boxed, null));
    assertNpe("key", () -> BinarySearch.lowerBound(list, null));
    assertNpe("key", () -> BinarySearch.upperBound(boxed, 0, 0, null));
    assertNpe("comparator", () -> BinarySearch.indexOf(boxed, 1, null));
    assertNpe("comparator", () -> BinarySearch.lowerBound(list, 1, null));
    assertNpe("predicate", () -> BinarySearch.firstTrue(0, 1, null));
    assertNpe("predicate", () -> BinarySearch.firstTrueLong(0, 1, null));
  }

  private static void assertNpe(String name, Executable call) {
    assertEquals(name, assertThrows(NullPointerException.class, call).getMessage());
  }

  @Test
  void aComparatorMayAcceptANullKey() {
    String[] a = {null, "a", "b"};
    Comparator<String> nullsFirst = Comparator.nullsFirst(Comparator.naturalOrder());
    assertEquals(0, BinarySearch.indexOf(a, null, nullsFirst));
    assertEquals(1, BinarySearch.upperBound(a, null, nullsFirst));
  }

  @Test
  void aNullElementUnderNaturalOrderFails() {
    Integer[] a = {1, null, 3};
    assertThrows(NullPointerException.class, () -> BinarySearch.indexOf(a, 2));
  }

  @Test
  void sequentialListsCostLogarithmicComparisons() {
    int n = 1 << 14;
    List<Integer> linked = new LinkedList<>();
    for (int i = 0; i < n; i++) {
      linked.add(2 * i);
    }
    CountingComparator<Integer> cmp = CountingComparator.naturalOrder();
    assertEquals(n / 2, BinarySearch.lowerBound(linked, n - 1, cmp));
    assertEquals(14, cmp.count(), "a lower bound of 2^14 elements takes exactly 14 comparisons");
    cmp.reset();
    assertEquals(-(n / 2) - 2, BinarySearch.indexOf(linked, n + 1, cmp));
    assertTrue(cmp.count() <= 15, () -> cmp.count() + " comparisons");
  }

  @Test
  void firstTrueFindsAnIntegerSquareRoot() {
    CountingIntPredicate p = CountingIntPredicate.of(x -> (long) x * x >= 1_000_000);
    assertEquals(1000, BinarySearch.firstTrue(0, 1 << 20, p));
    assertEquals(20, p.count(), "2^20 candidates: exactly 20 probes");
  }

  @Test
  void firstTrueReturnsHiWhenNothingPassesAndAcceptsAnEmptyRange() {
    assertEquals(10, BinarySearch.firstTrue(0, 10, x -> false));
    assertEquals(0, BinarySearch.firstTrue(0, 10, x -> true));
    CountingIntPredicate never = CountingIntPredicate.of(x -> true);
    assertEquals(5, BinarySearch.firstTrue(5, 5, never));
    assertEquals(0, never.count());
    assertEquals(-3L, BinarySearch.firstTrueLong(-3, -3, x -> true));
  }

  @Test
  void reversedRangesAreRejectedWithBothValues() {
    String message =
        assertThrows(IllegalArgumentException.class, () -> BinarySearch.firstTrue(7, 3, x -> true))
            .getMessage();
    assertTrue(message.contains("7") && message.contains("3"), message);
    String longMessage =
        assertThrows(
                IllegalArgumentException.class,
                () -> BinarySearch.firstTrueLong(Long.MAX_VALUE, Long.MIN_VALUE, x -> true))
            .getMessage();
    assertTrue(longMessage.contains(Long.toString(Long.MAX_VALUE))
        && longMessage.contains(Long.toString(Long.MIN_VALUE)), longMessage);
  }

  /** The whole int range has 2^32 - 1 candidates: 32 probes, within ceil(log2(range)) + 1. */
  @Test
  void firstTrueOnTheWholeIntRangeNeverOverflows() {
    int[] thresholds = {Integer.MIN_VALUE, -1, 0, 1, Integer.MAX_VALUE - 1, Integer.MAX_VALUE};
    for (int threshold : thresholds) {
      CountingIntPredicate p = CountingIntPredicate.of(inRange(Integer.MIN_VALUE, Integer.MAX_VALUE, threshold));
      assertEquals(threshold, BinarySearch.firstTrue(Integer.MIN_VALUE, Integer.MAX_VALUE, p));
      assertTrue(p.count() <= 32 && p.count() >= 31, () -> p.count() + " probes for " + threshold);
    }
    CountingIntPredicate always = CountingIntPredicate.of(x -> true);
    BinarySearch.firstTrue(Integer.MIN_VALUE, Integer.MAX_VALUE, always);
    assertEquals(32, always.count(), "always true halves down to the left end: exactly 32");
  }

  /** The whole long range has 2^64 - 1 candidates: 64 probes, within ceil(log2(range)) + 1. */
  @Test
  void firstTrueLongOnTheWholeLongRangeNeverOverflows() {
    long[] thresholds = {Long.MIN_VALUE, -1, 0, 1, Long.MAX_VALUE - 1, Long.MAX_VALUE};
    for (long threshold : thresholds) {
      CountingLongPredicate p = CountingLongPredicate.of(inRange(Long.MIN_VALUE, Long.MAX_VALUE, threshold));
      assertEquals(threshold, BinarySearch.firstTrueLong(Long.MIN_VALUE, Long.MAX_VALUE, p));
      assertTrue(p.count() <= 64 && p.count() >= 63, () -> p.count() + " probes for " + threshold);
    }
    CountingLongPredicate always = CountingLongPredicate.of(x -> true);
    BinarySearch.firstTrueLong(Long.MIN_VALUE, Long.MAX_VALUE, always);
    assertEquals(64, always.count(), "always true halves down to the left end: exactly 64");
  }

  @Test
  void firstTrueOnRangesNearTheTopOfTheTypes() {
    int lo = Integer.MAX_VALUE - 10;
    int hi = Integer.MAX_VALUE;
    assertEquals(hi - 3, BinarySearch.firstTrue(lo, hi, inRange(lo, hi, hi - 3)));
    assertEquals(hi, BinarySearch.firstTrue(lo, hi, inRange(lo, hi, hi)), "none passes: hi");
    long longLo = Long.MAX_VALUE - 5;
    assertEquals(Long.MAX_VALUE,
        BinarySearch.firstTrueLong(longLo, Long.MAX_VALUE, inRange(longLo, Long.MAX_VALUE, Long.MAX_VALUE)));
    assertEquals(longLo, BinarySearch.firstTrueLong(longLo, Long.MAX_VALUE, inRange(longLo, Long.MAX_VALUE, longLo)));
  }

  /**
   * A threshold predicate that fails the test when probed outside {@code [lo, hi)} or more often
   * than any halving search of that range may probe, so an overflowing midpoint fails fast
   * instead of looping.
   */
  private static IntPredicate inRange(int lo, int hi, int threshold) {
    int[] probes = {0};
    return x -> {
      assertTrue(x >= lo && x < hi, () -> "probe " + x + " escaped the range");
      assertTrue(++probes[0] <= 33, "too many probes");
      return x >= threshold;
    };
  }

  private static LongPredicate inRange(long lo, long hi, long threshold) {
    int[] probes = {0};
    return x -> {
      assertTrue(x >= lo && x < hi, () -> "probe " + x + " escaped the range");
      assertTrue(++probes[0] <= 65, "too many probes");
      return x >= threshold;
    };
  }
}
