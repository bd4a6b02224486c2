package io.github.dsalab.sort;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dsalab.counting.CountingComparator;
import java.util.Comparator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class HeapSortTest extends SorterContract {
  @Override
  SortAlgorithm algorithm() {
    return SortAlgorithm.HEAP;
  }

  @Property(tries = 100, edgeCases = EdgeCasesMode.MIXIN)
  void bottomUpHeapConstructionCostsAtMostTwoNComparisons(@ForAll("largerArrays") int[] keys) {
    Integer[] heap = boxed(keys);
    CountingComparator<Integer> counter = CountingComparator.naturalOrder();
    HeapSort.heapify(heap, 0, heap.length, counter);
    assertTrue(counter.count() <= 2L * keys.length, counter.count() + " > 2n");
    assertTrue(SortInvariants.isMaxHeap(heap, 0, heap.length, Comparator.naturalOrder()));
  }

  @Property(tries = 60, edgeCases = EdgeCasesMode.MIXIN)
  void worstCaseStaysWithinTwoNLogNPlusTwoN(@ForAll("largerArrays") int[] keys) {
    CountingComparator<Integer> counter = CountingComparator.naturalOrder();
    HeapSort.sort(boxed(keys), counter);
    assertTrue(counter.count() <= twoNLogN(keys.length) + 2L * keys.length);
  }

  @Test
  void sinkingToALeafFirstHalvesTheComparisonsOnEveryShape() {
    int n = 1 << 14;
    for (Shapes shape : new Shapes[] {Shapes.RANDOM, Shapes.SORTED, Shapes.REVERSED, Shapes.ORGAN_PIPE}) {
      CountingComparator<Integer> counter = CountingComparator.naturalOrder();
      HeapSort.sort(boxed(shape.of(n)), counter);
      // The textbook sift-down needs about 2 n log2 n; this one about n log2 n.
      assertTrue(counter.count() <= 1.2 * n * 14, shape + ": " + counter.count());
    }
  }

  static long twoNLogN(int n) {
    return n < 2 ? 0 : 2L * n * (32 - Integer.numberOfLeadingZeros(n - 1));
  }

  @Provide
  Arbitrary<int[]> largerArrays() {
    Arbitrary<int[]> wide = Arbitraries.integers().array(int[].class).ofMaxSize(3000);
    Arbitrary<int[]> narrow = Arbitraries.integers().between(0, 3).array(int[].class).ofMaxSize(3000);
    return Arbitraries.oneOf(wide, narrow);
  }
}
