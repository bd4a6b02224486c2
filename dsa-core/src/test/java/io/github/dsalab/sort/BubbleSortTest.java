package io.github.dsalab.sort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dsalab.counting.CountingComparator;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class BubbleSortTest extends SorterContract {
  @Override
  SortAlgorithm algorithm() {
    return SortAlgorithm.BUBBLE;
  }

  @Test
  void sortedInputCostsOneSweepOfNMinusOneComparisons() {
    for (int n : new int[] {1, 2, 3, 10, 100, 1000}) {
      CountingComparator<Integer> counter = CountingComparator.naturalOrder();
      BubbleSort.sort(boxed(Shapes.ascending(n)), counter);
      assertEquals(n - 1, counter.count(), "n=" + n);
    }
  }

  @Test
  void reversedInputCostsEveryPairOnce() {
    for (int n : new int[] {1, 2, 3, 10, 100, 1000}) {
      CountingComparator<Integer> counter = CountingComparator.naturalOrder();
      BubbleSort.sort(boxed(Shapes.descending(n)), counter);
      assertEquals((long) n * (n - 1) / 2, counter.count(), "n=" + n);
    }
  }

  @Test
  void aLargeElementAtTheFrontTravelsInOneSweepAndTheNextSweepStops() {
    int n = 1000;
    int[] keys = Shapes.ascending(n);
    keys[0] = n;
    CountingComparator<Integer> counter = CountingComparator.naturalOrder();
    BubbleSort.sort(boxed(keys), counter);
    assertEquals((n - 1) + (n - 2), counter.count());
  }

  @Test
  void aSweepEndsWhereThePreviousOneLastSwapped() {
    // [1, 0, 2, 3, ...]: the only swap is at the front, so the tail is never swept again.
    int n = 1000;
    int[] keys = Shapes.ascending(n);
    keys[0] = 1;
    keys[1] = 0;
    CountingComparator<Integer> counter = CountingComparator.naturalOrder();
    BubbleSort.sort(boxed(keys), counter);
    assertEquals(n - 1, counter.count());
  }

  @Property(tries = 100, edgeCases = EdgeCasesMode.MIXIN)
  void neverMoreThanNChooseTwoComparisons(@ForAll("arrays") int[] keys) {
    CountingComparator<Integer> counter = CountingComparator.naturalOrder();
    BubbleSort.sort(boxed(keys), counter);
    int n = keys.length;
    assertTrue(counter.count() <= (long) n * (n - 1) / 2);
  }
}
