package io.github.dsalab.sort;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dsalab.counting.CountingComparator;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class SelectionSortTest extends SorterContract {
  @Override
  SortAlgorithm algorithm() {
    return SortAlgorithm.SELECTION;
  }

  @Property(tries = 100, edgeCases = EdgeCasesMode.MIXIN)
  void everyInputCostsExactlyNChooseTwoComparisons(@ForAll("arrays") int[] keys) {
    CountingComparator<Integer> counter = CountingComparator.naturalOrder();
    SelectionSort.sort(boxed(keys), counter);
    int n = keys.length;
    assertEquals((long) n * (n - 1) / 2, counter.count());
  }

  @Test
  void sortedAndReversedInputCostTheSameAsAnyOther() {
    for (Shapes shape : new Shapes[] {Shapes.SORTED, Shapes.REVERSED, Shapes.ALL_EQUAL}) {
      CountingComparator<Integer> counter = CountingComparator.naturalOrder();
      SelectionSort.sort(boxed(shape.of(500)), counter);
      assertEquals(500L * 499 / 2, counter.count(), shape.name());
    }
  }
}
