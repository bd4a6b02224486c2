package io.github.dsalab.lab.counts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dsalab.lab.inputs.InputShape;
import io.github.dsalab.sort.SortAlgorithm;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Leading coefficients of the sorts' comparison counts, where theory gives them exactly. */
class SortCountsTest {
  @Test
  void insertionSortOnRandomInputMakesAboutNSquaredOverFourComparisons() {
    for (int n : List.of(1024, 2048, 4096)) {
      double ratio = SortCounts.comparisons(SortAlgorithm.INSERTION, InputShape.RANDOM, n) / (n * (double) n / 4);
      assertTrue(ratio >= 0.95 && ratio <= 1.05, "n = " + n + ": comparisons / (n²/4) = " + ratio);
    }
  }

  @Test
  void selectionSortMakesExactlyNTimesNMinusOneOverTwoComparisonsOnEveryShape() {
    for (InputShape shape : List.of(InputShape.RANDOM, InputShape.SORTED, InputShape.REVERSED, InputShape.FEW_DISTINCT)) {
      for (int n : List.of(32, 1000, 4096)) {
        assertEquals((long) n * (n - 1) / 2, SortCounts.comparisons(SortAlgorithm.SELECTION, shape, n), shape + " n=" + n);
      }
    }
  }

  @Test
  void bubbleAndInsertionSortOnSortedInputMakeNMinusOneComparisons() {
    for (int n : List.of(32, 1000, 4096)) {
      assertEquals(n - 1, SortCounts.comparisons(SortAlgorithm.BUBBLE, InputShape.SORTED, n));
      assertEquals(n - 1, SortCounts.comparisons(SortAlgorithm.INSERTION, InputShape.SORTED, n));
    }
  }

  @Test
  void insertionSortOnReversedInputComparesEveryPair() {
    for (int n : List.of(32, 1000, 4096)) {
      assertEquals((long) n * (n - 1) / 2, SortCounts.comparisons(SortAlgorithm.INSERTION, InputShape.REVERSED, n));
    }
  }

  @Test
  void quickSortAgainstTheAdversaryStaysWithinTheIntrosortBound() {
    // Introsort: about 2 log₂ n partitioning levels, then heap sort (≤ 2 n log₂ n): a few n log₂ n.
    for (int n : List.of(1024, 16384, 65536)) {
      double log = Math.log(n) / Math.log(2);
      long count = SortCounts.adversarialQuickSort(n, 0);
      assertTrue(count <= 6 * n * log, "n = " + n + ": " + count + " comparisons");
      assertTrue(count < (long) n * n / 8, "n = " + n + ": " + count + " is quadratic");
    }
  }
}
