package io.github.dsalab.sort;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dsalab.counting.CountingComparator;
import java.util.Arrays;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class InsertionSortTest extends SorterContract {
  @Override
  SortAlgorithm algorithm() {
    return SortAlgorithm.INSERTION;
  }

  @Test
  void sortedInputCostsNMinusOneComparisons() {
    for (int n : new int[] {1, 2, 3, 10, 100, 1000}) {
      CountingComparator<Integer> counter = CountingComparator.naturalOrder();
      InsertionSort.sort(boxed(Shapes.ascending(n)), counter);
      assertEquals(n - 1, counter.count(), "n=" + n);
    }
  }

  @Test
  void reversedInputCostsEveryPairOnce() {
    int n = 1000;
    CountingComparator<Integer> counter = CountingComparator.naturalOrder();
    InsertionSort.sort(boxed(Shapes.descending(n)), counter);
    assertEquals((long) n * (n - 1) / 2, counter.count());
  }

  @Property(tries = 150, edgeCases = EdgeCasesMode.MIXIN)
  void comparisonsAreBetweenInversionsAndInversionsPlusNMinusOne(@ForAll("arrays") int[] keys) {
    long inversions = inversions(keys);
    CountingComparator<Integer> counter = CountingComparator.naturalOrder();
    InsertionSort.sort(boxed(keys), counter);
    int n = keys.length;
    assertTrue(counter.count() >= inversions, counter.count() + " < " + inversions);
    assertTrue(
        counter.count() <= Math.max(0, n - 1) + inversions,
        counter.count() + " > n - 1 + " + inversions);
  }

  @Property(tries = 100, edgeCases = EdgeCasesMode.MIXIN)
  void binaryInsertionSortIsStableAndCostsNMinusOneOnSortedInput(@ForAll("fewKeys") int[] keys) {
    Item[] actual = Item.of(keys);
    InsertionSort.binaryInsertionSort(actual, 0, actual.length, Item.BY_KEY);
    Item[] expected = Item.of(keys);
    Arrays.sort(expected, Item.BY_KEY);
    assertArrayEquals(expected, actual);

    CountingComparator<Item> counter = CountingComparator.of(Item.BY_KEY);
    InsertionSort.binaryInsertionSort(actual, 0, actual.length, counter);
    assertEquals(Math.max(0, keys.length - 1), counter.count());
  }

  /** Pairs i &lt; j with keys[i] &gt; keys[j], counted the slow, obviously correct way. */
  static long inversions(int[] keys) {
    long count = 0;
    for (int i = 0; i < keys.length; i++) {
      for (int j = i + 1; j < keys.length; j++) {
        if (keys[i] > keys[j]) {
          count++;
        }
      }
    }
    return count;
  }
}
