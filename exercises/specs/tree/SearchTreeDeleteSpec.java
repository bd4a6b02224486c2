package io.github.dsalab.exercises.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dsalab.counting.CountingComparator;
import io.github.dsalab.exercises.support.BinaryNode;
import io.github.dsalab.exercises.support.InputFamily;
import io.github.dsalab.exercises.support.Trees;
import io.github.dsalab.exercises.support.Workload;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class SearchTreeDeleteSpec {
  private static final Comparator<Integer> ORDER = Comparator.naturalOrder();

  private static List<Integer> keysAfterDelete(List<Integer> keys, int key) {
    BinaryNode<Integer> root = SearchTreeDelete.delete(Trees.insertAll(keys, ORDER), key, ORDER);
    assertTrue(Trees.isSearchTree(root, ORDER), "still a search tree after deleting " + key + ": " + root);
    return Trees.keysInOrder(root);
  }

  @Test
  void deletesALeaf() {
    assertEquals(List.of(3, 5, 8), keysAfterDelete(List.of(5, 3, 8, 4), 4));
  }

  @Test
  void deletesANodeWithOneChild() {
    assertEquals(List.of(4, 5, 8), keysAfterDelete(List.of(5, 3, 8, 4), 3));
  }

  @Test
  void deletesTheRootWithTwoChildren() {
    assertEquals(List.of(3, 4, 8), keysAfterDelete(List.of(5, 3, 8, 4), 5));
  }

  @Test
  void deletingTheLastKeyLeavesAnEmptyTree() {
    assertNull(SearchTreeDelete.delete(new BinaryNode<>(5), 5, ORDER));
  }

  @Test
  void deletingAnAbsentKeyChangesNothing() {
    assertEquals(List.of(3, 4, 5, 8), keysAfterDelete(List.of(5, 3, 8, 4), 7));
    assertNull(SearchTreeDelete.delete(null, 7, ORDER));
  }

  @Property(tries = 300)
  void matchesATreeSet(@ForAll @Size(max = 25) List<@IntRange(min = 0, max = 30) Integer> keys,
      @ForAll @IntRange(min = 0, max = 30) int key) {
    TreeSet<Integer> expected = new TreeSet<>(keys);
    expected.remove(key);
    assertEquals(List.copyOf(expected), keysAfterDelete(keys, key), "delete " + key + " from the tree of " + keys);
  }

  /** Comparisons for 32 deletions from a tree of each shape. */
  @Workload({InputFamily.BALANCED, InputFamily.RANDOM_TREE})
  static long comparisons(InputFamily family, int n) {
    BinaryNode<Integer> root = Trees.searchTree(family, n);
    CountingComparator<Integer> order = CountingComparator.naturalOrder();
    for (int i = 0; i < 32; i++) {
      root = SearchTreeDelete.delete(root, (int) (2L * n * i / 32), order);
    }
    return order.count();
  }
}
