package io.github.dsalab.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dsalab.counting.CountingComparator;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.SortedMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class AvlTreeTest extends BinaryTreeMapContract {

  @Override
  <K, V> AbstractBinaryTreeMap<K, V> newTree(Comparator<? super K> comparator) {
    return new AvlTree<>(comparator);
  }

  @Override
  <K, V> AbstractBinaryTreeMap<K, V> copyOf(SortedMap<K, V> sorted) {
    return new AvlTree<>(sorted);
  }

  /** The AVL bound: {@code height < 1.4405 log₂(n + 2) - 0.3277}, checked after every action. */
  @Override
  boolean heightIsWithinBound(AbstractBinaryTreeMap<?, ?> tree) {
    return tree.height() <= 1.44 * log2(tree.size() + 2) && ((AvlTree<?, ?>) tree).isBalanced();
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }

  @Test
  void theClassExampleBuildsTheDocumentedShape() {
    AvlTree<Integer, String> tree = new AvlTree<>();
    for (int i = 1; i <= 7; i++) {
      tree.put(i, "v" + i);
    }
    assertEquals(3, tree.height());
    assertEquals(List.of(4, 2, 6, 1, 3, 5, 7), tree.levelOrder());
  }

  /** Each case needs one single or double rotation; the expected shapes are drawn by hand. */
  @Test
  void eachOfTheFourImbalancesIsRepairedByItsRotation() {
    assertEquals(List.of(2, 1, 3), shapeAfter(3, 2, 1), "left-left: rotate right");
    assertEquals(List.of(2, 1, 3), shapeAfter(1, 2, 3), "right-right: rotate left");
    assertEquals(List.of(2, 1, 3), shapeAfter(3, 1, 2), "left-right: rotate left, then right");
    assertEquals(List.of(2, 1, 3), shapeAfter(1, 3, 2), "right-left: rotate right, then left");
  }

  @Test
  void deletionRebalancesToo() {
    AvlTree<Integer, String> tree = new AvlTree<>();
    for (int key : new int[] {5, 3, 8, 2, 4, 7, 9, 1}) {
      tree.put(key, "");
    }
    tree.remove(7);
    tree.remove(9);
    // 8 is now a leaf two levels shorter than 3's subtree: 5 rotates right around 3.
    assertEquals(List.of(3, 2, 5, 1, 4, 8), tree.levelOrder());
    assertTrue(tree.check());
  }

  @Test
  void theInvariantChecksCatchWrongHeightsAndImbalance() {
    AvlTree<Integer, String> mismeasured = new AvlTree<>();
    for (int key : new int[] {50, 30, 70}) {
      mismeasured.put(key, "");
    }
    mismeasured.root.height = 3;
    assertFalse(mismeasured.isHeightConsistent());
    assertFalse(mismeasured.check());

    AvlTree<Integer, String> misleaning = new AvlTree<>();
    for (int key : new int[] {50, 30, 70}) {
      misleaning.put(key, "");
    }
    misleaning.root.balance = 1;
    assertTrue(misleaning.isHeightConsistent() && misleaning.isBalanced());
    assertFalse(misleaning.isBalanceConsistent());
    assertFalse(misleaning.check());

    // Hanging 20 under 30 by hand leaves 50 with subtrees of heights 2 and 0.
    AvlTree<Integer, String> lopsided = new AvlTree<>();
    lopsided.put(50, "");
    lopsided.put(30, "");
    Node<Integer, String> thirty = lopsided.root.left;
    thirty.left = new Node<>(20, "", thirty);
    thirty.size = 2;
    thirty.height = 2;
    lopsided.root.size = 3;
    lopsided.root.height = 3;
    assertTrue(lopsided.isBst() && lopsided.isSizeConsistent() && lopsided.isHeightConsistent());
    assertFalse(lopsided.isBalanced());
    assertFalse(lopsided.check());
  }

  private static List<Integer> shapeAfter(int... keys) {
    AvlTree<Integer, String> tree = new AvlTree<>();
    for (int key : keys) {
      tree.put(key, "");
    }
    return tree.levelOrder();
  }

  @Test
  void sortedInsertionsStayLogarithmic() {
    AvlTree<Integer, Integer> tree = new AvlTree<>();
    int n = (1 << 16) - 1;
    for (int i = 0; i < n; i++) {
      tree.put(i, i);
    }
    assertEquals(16, tree.height(), "inserting 2^16 - 1 sorted keys gives a perfect tree");
    assertTrue(tree.check());
  }

  @Property(tries = 20)
  void aLookupCostsAtMostAboutOnePointFourFourLogTwoNComparisons(
      @ForAll @IntRange(min = 1, max = 5000) int n, @ForAll long seed) {
    CountingComparator<Integer> comparisons = CountingComparator.naturalOrder();
    AvlTree<Integer, Integer> tree = new AvlTree<>(comparisons);
    Random random = new Random(seed);
    for (int i = 0; i < n; i++) {
      int key = 2 * random.nextInt(4 * n);
      tree.put(key, key);
    }
    double bound = 1.44 * log2(tree.size()) + 2;
    for (int probe = -1; probe <= 8 * n; probe++) {
      comparisons.reset();
      tree.get(probe);
      assertTrue(comparisons.count() <= bound,
          () -> comparisons.count() + " comparisons for " + tree.size() + " keys");
    }
  }

  @Property(tries = 100)
  void heightStaysWithinTheAvlBoundForAnyInsertionOrder(
      @ForAll @Size(max = 2000) List<@IntRange(min = 0, max = 3000) Integer> keys) {
    AvlTree<Integer, Integer> tree = new AvlTree<>();
    for (int key : keys) {
      tree.put(key, key);
    }
    assertTrue(heightIsWithinBound(tree));
    assertTrue(tree.check());
  }
}
