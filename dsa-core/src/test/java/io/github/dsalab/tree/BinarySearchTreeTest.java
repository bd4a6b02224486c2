package io.github.dsalab.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dsalab.counting.CountingComparator;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

class BinarySearchTreeTest extends BinaryTreeMapContract {

  @Override
  <K, V> AbstractBinaryTreeMap<K, V> newTree(Comparator<? super K> comparator) {
    return new BinarySearchTree<>(comparator);
  }

  @Override
  <K, V> AbstractBinaryTreeMap<K, V> copyOf(SortedMap<K, V> sorted) {
    return new BinarySearchTree<>(sorted);
  }

  @Test
  void theClassExampleBuildsTheDocumentedShape() {
    BinarySearchTree<String, Integer> ages = new BinarySearchTree<>();
    ages.put("carol", 41);
    ages.put("alice", 37);
    ages.put("bob", 29);
    assertEquals("alice", ages.firstKey());
    assertEquals(List.of("carol", "alice", "bob"), ages.preorder());
    assertEquals(3, ages.height());
  }

  @Test
  void sortedKeysDegenerateIntoAPathAndLookupsWalkAllOfIt() {
    int n = 1000;
    CountingComparator<Integer> comparisons = CountingComparator.naturalOrder();
    BinarySearchTree<Integer, Integer> tree = new BinarySearchTree<>(comparisons);
    for (int i = 0; i < n; i++) {
      tree.put(i, i);
    }
    assertEquals(n, tree.height());
    comparisons.reset();
    tree.get(n - 1);
    assertEquals(n, comparisons.count(), "the last key sits at depth n");
  }
}
