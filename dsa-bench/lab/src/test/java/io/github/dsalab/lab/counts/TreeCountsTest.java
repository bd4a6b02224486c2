package io.github.dsalab.lab.counts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dsalab.lab.inputs.InputShape;
import io.github.dsalab.tree.AvlTree;
import io.github.dsalab.tree.BinarySearchTree;
import org.junit.jupiter.api.Test;

/** Leading coefficients of the trees' comparison counts. */
class TreeCountsTest {
  @Test
  void sortedKeysTurnTheBinarySearchTreeIntoAChainOfAboutNSquaredComparisons() {
    // Puts compare with the 0 + 1 + ... + (n−1) keys before them, gets with 1 + 2 + ... + n.
    int n = 4096;
    double ratio = TreeCounts.putThenGet(BinarySearchTree::new, InputShape.SORTED, n) / ((double) n * n);
    assertTrue(ratio > 0.99 && ratio < 1.01, "comparisons / n² = " + ratio);
  }

  @Test
  void avlTreeOnSortedKeysStaysWithinItsHeightBound() {
    // Each put and get walks at most the height, ≤ 1.44 log₂(n + 2), comparing once or twice per level.
    int n = 65536;
    double log = Math.log(n + 2) / Math.log(2);
    long count = TreeCounts.putThenGet(AvlTree::new, InputShape.SORTED, n);
    assertTrue(count <= 2 * n * 2 * 1.45 * log, count + " comparisons for n = " + n);
  }
}
