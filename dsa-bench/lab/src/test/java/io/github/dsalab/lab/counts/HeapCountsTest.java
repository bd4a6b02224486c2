package io.github.dsalab.lab.counts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dsalab.lab.inputs.InputShape;
import org.junit.jupiter.api.Test;

/** Leading coefficients of the heaps' comparison counts. */
class HeapCountsTest {
  @Test
  void heapifyMakesAtMostTwoNComparisons() {
    for (int n : new int[] {256, 4096, 65536}) {
      long count = HeapCounts.heapify(n);
      assertTrue(count <= 2L * n && count >= n / 2, "n = " + n + ": " + count + " comparisons");
    }
  }

  @Test
  void offerThenPollStaysWithinTwoLogTwoNPerOperation() {
    int n = 65536;
    double log = Math.log(n) / Math.log(2);
    long count = HeapCounts.offerThenPoll(InputShape.RANDOM, n);
    assertTrue(count <= 2 * n * 2 * log, count + " comparisons for n = " + n);
  }
}
