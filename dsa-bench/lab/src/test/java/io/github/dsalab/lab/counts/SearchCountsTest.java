package io.github.dsalab.lab.counts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Binary search makes about log₂ n comparisons per search, whatever n. */
class SearchCountsTest {
  private static double log2(int n) {
    return Math.log(n) / Math.log(2);
  }

  @Test
  void indexOfComparesAboutLogTwoNTimesPerSearch() {
    for (int n : new int[] {1 << 8, 1 << 12, 1 << 16}) {
      double perSearch = SearchCounts.indexOfComparisons(n) / (double) SearchCounts.QUERIES;
      assertTrue(perSearch >= log2(n) - 2 && perSearch <= log2(n) + 2, "n = " + n + ": " + perSearch + " per search");
    }
  }

  @Test
  void firstTrueCallsThePredicateAtMostCeilingLogTwoNPlusOneTimes() {
    for (int n : new int[] {1 << 10, 1 << 20, 1 << 30}) {
      double perSearch = SearchCounts.firstTrueCalls(n) / (double) SearchCounts.QUERIES;
      assertTrue(perSearch <= Math.ceil(log2(n)) + 1 && perSearch >= log2(n) - 1, "n = " + n + ": " + perSearch);
    }
  }
}
