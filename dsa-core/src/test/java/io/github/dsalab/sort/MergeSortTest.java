package io.github.dsalab.sort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dsalab.counting.CountingComparator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class MergeSortTest extends SorterContract {
  @Override
  SortAlgorithm algorithm() {
    return SortAlgorithm.MERGE;
  }

  @Test
  void sortedInputCostsNMinusOneComparisons() {
    // n - 1 for the sorted prefixes of the insertion-sorted pieces, one per skipped merge.
    for (int n : new int[] {1, 2, 32, 33, 100, 1000, 100_000}) {
      CountingComparator<Integer> counter = CountingComparator.naturalOrder();
      MergeSort.sort(boxed(Shapes.ascending(n)), counter);
      assertEquals(n - 1, counter.count(), "n=" + n);
    }
  }

  @Property(tries = 60, edgeCases = EdgeCasesMode.MIXIN)
  void neverMoreThanNTimesCeilLogNComparisons(@ForAll("largerArrays") int[] keys) {
    CountingComparator<Integer> counter = CountingComparator.naturalOrder();
    MergeSort.sort(boxed(keys), counter);
    int n = keys.length;
    long bound = n < 2 ? 0 : (long) n * (32 - Integer.numberOfLeadingZeros(n - 1));
    assertTrue(counter.count() <= bound, counter.count() + " > " + bound);
  }

  @Test
  void reversedInputStaysWithinNLogN() {
    int n = 1 << 14;
    CountingComparator<Integer> counter = CountingComparator.naturalOrder();
    MergeSort.sort(boxed(Shapes.descending(n)), counter);
    assertTrue(counter.count() <= 14L * n, "comparisons: " + counter.count());
  }

  @Provide
  Arbitrary<int[]> largerArrays() {
    return Arbitraries.integers().array(int[].class).ofMaxSize(3000);
  }
}
