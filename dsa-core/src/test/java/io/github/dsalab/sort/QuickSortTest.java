package io.github.dsalab.sort;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dsalab.counting.CountingComparator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class QuickSortTest extends SorterContract {
  @Override
  SortAlgorithm algorithm() {
    return SortAlgorithm.QUICK;
  }

  @Test
  void aKillerAdversaryCannotPushItBeyondFourNLogNComparisons() {
    for (int n : new int[] {1000, 20_000}) {
      QuicksortAdversary adversary = new QuicksortAdversary(n);
      CountingComparator<Integer> counter = CountingComparator.of(adversary);
      Integer[] items = adversary.items();
      QuickSort.sort(items, counter);
      double nLogN = n * (Math.log(n) / Math.log(2));
      assertTrue(counter.count() <= 4 * nLogN, "n=" + n + ": " + counter.count());
      for (int i = 1; i < n; i++) {
        assertTrue(adversary.valueOf(items[i - 1]) <= adversary.valueOf(items[i]), "index " + i);
      }
    }
  }

  @Test
  void atOneHundredThousandTheAdversaryStaysWithinThreeNLogNComparisons() {
    int n = 100_000;
    QuicksortAdversary adversary = new QuicksortAdversary(n);
    CountingComparator<Integer> counter = CountingComparator.of(adversary);
    Integer[] items = adversary.items();
    QuickSort.sort(items, counter);
    double nLogN = n * (Math.log(n) / Math.log(2));
    assertTrue(counter.count() <= 3 * nLogN, "comparisons: " + counter.count() + " > 3 n log2 n = " + 3 * nLogN);
    for (int i = 1; i < n; i++) {
      assertTrue(adversary.valueOf(items[i - 1]) <= adversary.valueOf(items[i]), "index " + i);
    }
  }

  @Test
  void withoutTheDepthLimitTheSameAdversaryMakesItQuadratic() {
    int n = 2000;
    QuicksortAdversary adversary = new QuicksortAdversary(n);
    CountingComparator<Integer> counter = CountingComparator.of(adversary);
    QuickSort.quickSort(adversary.items(), 0, n, Integer.MAX_VALUE, counter);
    assertTrue(counter.count() >= (long) n * n / 16, "comparisons: " + counter.count());
  }

  @Test
  void allEqualInputCostsOneLinearPass() {
    for (int n : new int[] {100, 10_000, 100_000}) {
      Integer[] items = boxed(Shapes.filled(n, 5));
      CountingComparator<Integer> counter = CountingComparator.naturalOrder();
      QuickSort.sort(items, counter);
      assertTrue(counter.count() <= n + 10, "n=" + n + ": " + counter.count());
    }
  }

  @Test
  void twoDistinctValuesCostLinearComparisonsNotNLogN() {
    // Both pivots are often the only two values: keys equal to a pivot must be set aside, or the
    // middle part never shrinks and the introsort limit falls back to heap sort.
    Random random = new Random(7);
    for (int n : new int[] {1 << 12, 1 << 16}) {
      Integer[] items = new Integer[n];
      for (int i = 0; i < n; i++) {
        items[i] = random.nextInt(2);
      }
      CountingComparator<Integer> counter = CountingComparator.naturalOrder();
      QuickSort.sort(items, counter);
      assertTrue(counter.count() <= 4L * n, "n=" + n + ": " + counter.count());
      for (int i = 1; i < n; i++) {
        assertTrue(items[i - 1] <= items[i], "index " + i);
      }
    }
  }

  @Test
  void randomInputCostsAboutNLogNComparisons() {
    int n = 1 << 14;
    CountingComparator<Integer> counter = CountingComparator.naturalOrder();
    QuickSort.sort(boxed(Shapes.RANDOM.of(n)), counter);
    assertTrue(counter.count() <= 1.25 * n * 14, "comparisons: " + counter.count());
  }

  @Property(tries = 100, edgeCases = EdgeCasesMode.MIXIN)
  void stillSortsWhenTheDepthLimitForcesHeapSortEarly(
      @ForAll("arrays") int[] keys, @ForAll @IntRange(min = 0, max = 3) int depth) {
    int[] ints = keys.clone();
    QuickSort.quickSort(ints, 0, ints.length, depth, true);
    assertArrayEquals(jdkSorted(keys), ints);

    Integer[] boxes = boxed(keys);
    QuickSort.quickSort(boxes, 0, boxes.length, depth, Comparator.naturalOrder());
    assertArrayEquals(boxed(jdkSorted(keys)), boxes);
  }

  @Property(tries = 300, edgeCases = EdgeCasesMode.MIXIN)
  void blockPartitionSplitsAroundThePivotAndKeepsEveryElement(
      @ForAll("partitionInputs") int[] keys, @ForAll @IntRange(min = 0, max = 3) int margin) {
    if (keys.length < 1 + 2 * margin) {
      return;
    }
    Integer[] items = boxed(keys);
    int low = margin;
    int high = items.length - margin;
    Integer pivot = items[low];
    int split = QuickSort.blockPartition(
        items, low, high, Comparator.naturalOrder(), new int[2 * QuickSort.BLOCK]);
    assertEquals(pivot, items[split]);
    for (int i = low; i < split; i++) {
      assertTrue(items[i] <= pivot, "left of the pivot at " + i);
    }
    for (int i = split + 1; i < high; i++) {
      assertTrue(items[i] >= pivot, "right of the pivot at " + i);
    }
    for (int i = 0; i < margin; i++) {
      assertEquals(keys[i], items[i]);
      assertEquals(keys[keys.length - 1 - i], items[items.length - 1 - i]);
    }
    assertArrayEquals(jdkSorted(keys), jdkSorted(unboxed(items)));
  }

  @Property(tries = 300, edgeCases = EdgeCasesMode.MIXIN)
  void intBlockPartitionSplitsAroundThePivotAndMovesNothingWhenItCountsNoSwap(
      @ForAll("partitionInputs") int[] keys, @ForAll @IntRange(min = 0, max = 3) int margin) {
    if (keys.length < 1 + 2 * margin) {
      return;
    }
    int[] a = keys.clone();
    int low = margin;
    int high = a.length - margin;
    int pivot = a[low];
    int[] offsets = new int[2 * QuickSort.BLOCK + 1];
    int split = QuickSort.blockPartition(a, low, high, offsets);
    assertEquals(pivot, a[split]);
    for (int i = low; i < split; i++) {
      assertTrue(a[i] <= pivot, "left of the pivot at " + i);
    }
    for (int i = split + 1; i < high; i++) {
      assertTrue(a[i] >= pivot, "right of the pivot at " + i);
    }
    for (int i = 0; i < margin; i++) {
      assertEquals(keys[i], a[i]);
      assertEquals(keys[keys.length - 1 - i], a[a.length - 1 - i]);
    }
    assertArrayEquals(jdkSorted(keys), jdkSorted(a));
    if (offsets[2 * QuickSort.BLOCK] == 0) {
      // Nothing was on the wrong side: at most the pivot changed places with its final slot.
      for (int i = low + 1; i < high; i++) {
        if (i != split) {
          assertEquals(keys[i], a[i], "an element moved although no swap was counted, at " + i);
        }
      }
    }
  }

  /** Long enough for several blocks on each side, and for every way the last blocks can end. */
  @Provide
  Arbitrary<int[]> partitionInputs() {
    Arbitrary<int[]> wide = Arbitraries.integers().array(int[].class).ofMaxSize(1500);
    Arbitrary<int[]> narrow =
        Arbitraries.integers().between(-2, 2).array(int[].class).ofMaxSize(1500);
    return Arbitraries.oneOf(wide, narrow);
  }

  private static int[] unboxed(Integer[] items) {
    return Arrays.stream(items).mapToInt(Integer::intValue).toArray();
  }

  @Test
  void theFiveSampleNetworkSortsEveryPermutationAndEveryPatternWithTies() {
    List<int[]> inputs = new ArrayList<>();
    permutations(new int[] {0, 1, 2, 3, 4}, 0, inputs);
    assertEquals(120, inputs.size());
    for (int bits = 0; bits < 32 * 32; bits++) {
      int[] ties = new int[5];
      for (int i = 0; i < 5; i++) {
        ties[i] = (bits >> (2 * i)) & 3;
      }
      inputs.add(ties);
    }
    for (int[] input : inputs) {
      // Sample slots spread out inside a larger array, as quicksort uses them.
      int[] a = new int[11];
      Integer[] boxes = new Integer[11];
      Arrays.fill(boxes, -1);
      for (int i = 0; i < 5; i++) {
        a[1 + 2 * i] = input[i];
        boxes[1 + 2 * i] = input[i];
      }
      QuickSort.sortFive(a, 1, 3, 5, 7, 9);
      QuickSort.sortFive(boxes, 1, 3, 5, 7, 9, Comparator.naturalOrder());
      int[] expected = jdkSorted(input);
      for (int i = 0; i < 5; i++) {
        assertEquals(expected[i], a[1 + 2 * i], Arrays.toString(input));
        assertEquals(expected[i], boxes[1 + 2 * i], Arrays.toString(input));
      }
    }
  }

  private static void permutations(int[] a, int k, List<int[]> out) {
    if (k == a.length) {
      out.add(a.clone());
      return;
    }
    for (int i = k; i < a.length; i++) {
      Swap.swap(a, k, i);
      permutations(a, k + 1, out);
      Swap.swap(a, k, i);
    }
  }
}
