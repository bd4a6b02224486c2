package io.github.dsalab.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dsalab.counting.CountingIntPredicate;
import io.github.dsalab.counting.CountingLongPredicate;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Every search is checked against a linear scan (the obvious, slow truth) on small sorted arrays
 * with many duplicates, over whole arrays and random ranges; on arrays without duplicates
 * {@code indexOf} must also return exactly what {@code Arrays.binarySearch} returns.
 */
class BinarySearchProperties {

  @Provide
  Arbitrary<int[]> sortedWithDuplicates() {
    return Arbitraries.integers()
        .between(-15, 15)
        .array(int[].class)
        .ofMaxSize(60)
        .map(BinarySearchProperties::sorted);
  }

  @Provide
  Arbitrary<int[]> sortedDistinct() {
    return Arbitraries.integers().array(int[].class).ofMaxSize(80).uniqueElements()
        .map(BinarySearchProperties::sorted);
  }

  private static int[] sorted(int[] values) {
    Arrays.sort(values);
    return values;
  }

  /** Linear scan: how many elements of the range are below the key (strictly or not). */
  private static int scan(int[] a, int from, int to, int key, boolean orEqual) {
    int index = from;
    while (index < to && (a[index] < key || (orEqual && a[index] == key))) {
      index++;
    }
    return index;
  }

  private static void checkAgainstScan(int[] a, int from, int to, int key, int found, int lower, int upper) {
    int expectedLower = scan(a, from, to, key, false);
    int expectedUpper = scan(a, from, to, key, true);
    assertEquals(expectedLower, lower, "lowerBound");
    assertEquals(expectedUpper, upper, "upperBound");
    if (expectedLower < expectedUpper) {
      assertTrue(found >= expectedLower && found < expectedUpper, () -> "indexOf " + found + " is no match");
    } else {
      assertEquals(-expectedLower - 1, found, "indexOf of an absent key");
    }
  }

  @Property(tries = 300)
  void intSearchesAgreeWithALinearScan(
      @ForAll("sortedWithDuplicates") int[] a,
      @ForAll @IntRange(min = -17, max = 17) int key,
      @ForAll @IntRange(min = 0, max = 60) int x,
      @ForAll @IntRange(min = 0, max = 60) int y) {
    checkAgainstScan(a, 0, a.length, key,
        BinarySearch.indexOf(a, key), BinarySearch.lowerBound(a, key), BinarySearch.upperBound(a, key));
    int from = Math.min(Math.min(x, y), a.length);
    int to = Math.min(Math.max(x, y), a.length);
    checkAgainstScan(a, from, to, key,
        BinarySearch.indexOf(a, from, to, key),
        BinarySearch.lowerBound(a, from, to, key),
        BinarySearch.upperBound(a, from, to, key));
  }

  @Property(tries = 300)
  void longSearchesAgreeWithALinearScan(
      @ForAll("sortedWithDuplicates") int[] ints,
      @ForAll @IntRange(min = -17, max = 17) int key,
      @ForAll @IntRange(min = 0, max = 60) int x,
      @ForAll @IntRange(min = 0, max = 60) int y) {
    // Shifted far beyond the int range, so an accidental narrowing to int would fail.
    long offset = 1L << 40;
    long[] a = Arrays.stream(ints).mapToLong(v -> v * offset).toArray();
    long longKey = key * offset;
    checkAgainstScan(ints, 0, a.length, key,
        BinarySearch.indexOf(a, longKey), BinarySearch.lowerBound(a, longKey), BinarySearch.upperBound(a, longKey));
    int from = Math.min(Math.min(x, y), a.length);
    int to = Math.min(Math.max(x, y), a.length);
    checkAgainstScan(ints, from, to, key,
        BinarySearch.indexOf(a, from, to, longKey),
        BinarySearch.lowerBound(a, from, to, longKey),
        BinarySearch.upperBound(a, from, to, longKey));
  }

  @Property(tries = 200)
  void objectSearchesAgreeWithALinearScanOnArraysAndLists(
      @ForAll("sortedWithDuplicates") int[] ints,
      @ForAll @IntRange(min = -17, max = 17) int key,
      @ForAll @IntRange(min = 0, max = 60) int x,
      @ForAll @IntRange(min = 0, max = 60) int y) {
    int from = Math.min(Math.min(x, y), ints.length);
    int to = Math.min(Math.max(x, y), ints.length);
    Integer[] boxed = Arrays.stream(ints).boxed().toArray(Integer[]::new);
    List<Integer> arrayList = new ArrayList<>(Arrays.asList(boxed));
    List<Integer> linkedList = new LinkedList<>(arrayList);
    Comparator<Integer> natural = Comparator.naturalOrder();
    Integer k = key;

    checkAgainstScan(ints, 0, ints.length, key, BinarySearch.indexOf(boxed, k),
        BinarySearch.lowerBound(boxed, k), BinarySearch.upperBound(boxed, k));
    checkAgainstScan(ints, from, to, key, BinarySearch.indexOf(boxed, from, to, k),
        BinarySearch.lowerBound(boxed, from, to, k), BinarySearch.upperBound(boxed, from, to, k));
    checkAgainstScan(ints, from, to, key, BinarySearch.indexOf(boxed, from, to, k, natural),
        BinarySearch.lowerBound(boxed, from, to, k, natural),
        BinarySearch.upperBound(boxed, from, to, k, natural));
    checkAgainstScan(ints, 0, ints.length, key, BinarySearch.indexOf(boxed, k, natural),
        BinarySearch.lowerBound(boxed, k, natural), BinarySearch.upperBound(boxed, k, natural));
    for (List<Integer> list : List.of(arrayList, linkedList)) {
      checkAgainstScan(ints, 0, ints.length, key, BinarySearch.indexOf(list, k),
          BinarySearch.lowerBound(list, k), BinarySearch.upperBound(list, k));
      checkAgainstScan(ints, from, to, key, BinarySearch.indexOf(list, from, to, k),
          BinarySearch.lowerBound(list, from, to, k), BinarySearch.upperBound(list, from, to, k));
      checkAgainstScan(ints, 0, ints.length, key, BinarySearch.indexOf(list, k, natural),
          BinarySearch.lowerBound(list, k, natural), BinarySearch.upperBound(list, k, natural));
      checkAgainstScan(ints, from, to, key, BinarySearch.indexOf(list, from, to, k, natural),
          BinarySearch.lowerBound(list, from, to, k, natural),
          BinarySearch.upperBound(list, from, to, k, natural));
    }
  }

  @Property(tries = 100)
  void aComparatorDefinesTheOrder(
      @ForAll("sortedWithDuplicates") int[] ints, @ForAll @IntRange(min = -17, max = 17) int key) {
    // Descending by the reversed comparator is ascending by the natural order of the negation.
    Integer[] descending = Arrays.stream(ints).map(v -> -v).boxed().toArray(Integer[]::new);
    Comparator<Integer> reversed = Comparator.reverseOrder();
    checkAgainstScan(ints, 0, ints.length, key,
        BinarySearch.indexOf(descending, -key, reversed),
        BinarySearch.lowerBound(descending, -key, reversed),
        BinarySearch.upperBound(descending, -key, reversed));
    List<Integer> list = new LinkedList<>(Arrays.asList(descending));
    checkAgainstScan(ints, 0, ints.length, key,
        BinarySearch.indexOf(list, -key, reversed),
        BinarySearch.lowerBound(list, -key, reversed),
        BinarySearch.upperBound(list, -key, reversed));
  }

  @Property(tries = 300)
  void withoutDuplicatesIndexOfIsExactlyTheJdksAnswer(
      @ForAll("sortedDistinct") int[] a,
      @ForAll int key,
      @ForAll @IntRange(min = 0, max = 80) int x,
      @ForAll @IntRange(min = 0, max = 80) int y) {
    int from = Math.min(Math.min(x, y), a.length);
    int to = Math.min(Math.max(x, y), a.length);
    long[] longs = Arrays.stream(a).asLongStream().toArray();
    Integer[] boxed = Arrays.stream(a).boxed().toArray(Integer[]::new);
    List<Integer> list = Arrays.asList(boxed);
    List<Integer> linked = new LinkedList<>(list);
    assertEquals(Arrays.binarySearch(a, key), BinarySearch.indexOf(a, key));
    assertEquals(Arrays.binarySearch(a, from, to, key), BinarySearch.indexOf(a, from, to, key));
    assertEquals(Arrays.binarySearch(longs, key), BinarySearch.indexOf(longs, key));
    assertEquals(Arrays.binarySearch(longs, from, to, key), BinarySearch.indexOf(longs, from, to, (long) key));
    assertEquals(Arrays.binarySearch(boxed, key), BinarySearch.indexOf(boxed, key));
    assertEquals(Arrays.binarySearch(boxed, from, to, key), BinarySearch.indexOf(boxed, from, to, (Integer) key));
    assertEquals(java.util.Collections.binarySearch(list, key), BinarySearch.indexOf(list, key));
    assertEquals(java.util.Collections.binarySearch(linked, key), BinarySearch.indexOf(linked, key));
    for (int present : a) {
      assertEquals(Arrays.binarySearch(a, present), BinarySearch.indexOf(a, present));
    }
  }

  // ---------------------------------------------------------------- on the answer

  /** The most probes a halving search of {@code [lo, hi)} can need: the bit length of hi - lo. */
  private static int probeBound(long lo, long hi) {
    return BigInteger.valueOf(hi).subtract(BigInteger.valueOf(lo)).bitLength();
  }

  @Property(tries = 500)
  void firstTrueFindsTheThresholdOnAnyIntRange(@ForAll int a, @ForAll int b, @ForAll int c) {
    int[] sorted = {a, b, c};
    Arrays.sort(sorted);
    int lo = sorted[0];
    int threshold = sorted[1];
    int hi = sorted[2];
    int bound = probeBound(lo, hi);
    int[] probes = {0};
    CountingIntPredicate predicate =
        CountingIntPredicate.of(
            x -> {
              assertTrue(x >= lo && x < hi, () -> "probe " + x + " outside [" + lo + ", " + hi + ")");
              assertTrue(++probes[0] <= bound, "more probes than the bound");
              return x >= threshold;
            });
    assertEquals(threshold, BinarySearch.firstTrue(lo, hi, predicate));
    assertTrue(predicate.count() <= bound, () -> predicate.count() + " probes, bound " + bound);
  }

  @Property(tries = 500)
  void firstTrueLongFindsTheThresholdOnAnyLongRange(@ForAll long a, @ForAll long b, @ForAll long c) {
    long[] sorted = {a, b, c};
    Arrays.sort(sorted);
    long lo = sorted[0];
    long threshold = sorted[1];
    long hi = sorted[2];
    int bound = probeBound(lo, hi);
    int[] probes = {0};
    CountingLongPredicate predicate =
        CountingLongPredicate.of(
            x -> {
              assertTrue(x >= lo && x < hi, () -> "probe " + x + " outside [" + lo + ", " + hi + ")");
              assertTrue(++probes[0] <= bound, "more probes than the bound");
              return x >= threshold;
            });
    assertEquals(threshold, BinarySearch.firstTrueLong(lo, hi, predicate));
    assertTrue(predicate.count() <= bound, () -> predicate.count() + " probes, bound " + bound);
  }
}
