package io.github.dsalab.exercises.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

class SearchTreeBasicsSpec {
  private static final Comparator<Integer> ORDER = Comparator.naturalOrder();

  private static BinaryNode<Integer> build(List<Integer> keys) {
    BinaryNode<Integer> root = null;
    for (int key : keys) {
      root = SearchTreeBasics.insert(root, key, ORDER);
    }
    return root;
  }

  @Test
  void insertingIntoAnEmptyTreeMakesARoot() {
    BinaryNode<Integer> root = SearchTreeBasics.insert(null, 5, ORDER);
    assertEquals("5", String.valueOf(root));
  }

  @Test
  void insertsLeavesWhereSearchesEnd() {
    assertEquals("((- 3 4) 5 8)", build(List.of(5, 3, 8, 4)).toString());
  }

  @Test
  void insertingAPresentKeyChangesNothing() {
    assertEquals("(3 5 8)", build(List.of(5, 3, 8, 3, 5)).toString());
  }

  @Test
  void findsPresentKeysOnly() {
    BinaryNode<Integer> root = build(List.of(5, 3, 8, 4));
    assertEquals(true, SearchTreeBasics.contains(root, 4, ORDER));
    assertEquals(false, SearchTreeBasics.contains(root, 7, ORDER));
    assertEquals(false, SearchTreeBasics.contains(null, 7, ORDER));
  }

  @Test
  void handlesADeepTreeBuiltFromSortedKeys() {
    BinaryNode<Integer> root = null;
    for (int key = 0; key < 3_000; key++) {
      root = SearchTreeBasics.insert(root, key, ORDER);
    }
    assertEquals(true, SearchTreeBasics.contains(root, 2_999, ORDER));
  }

  @Property(tries = 200)
  void keepsTheKeysOfATreeSet(@ForAll @Size(max = 30) List<@IntRange(min = 0, max = 40) Integer> keys,
      @ForAll @IntRange(min = -1, max = 41) int probe) {
    BinaryNode<Integer> root = build(keys);
    assertTrue(Trees.isSearchTree(root, ORDER), "inserting " + keys + " must give a search tree: " + root);
    assertEquals(List.copyOf(new TreeSet<>(keys)), Trees.keysInOrder(root), "keys after inserting " + keys);
    assertEquals(keys.contains(probe), SearchTreeBasics.contains(root, probe, ORDER),
        "contains(tree of " + keys + ", " + probe + ")");
  }

  /** Comparisons for 32 searches (half of them for absent keys) in a tree of each shape. */
  @Workload({InputFamily.BALANCED, InputFamily.RANDOM_TREE})
  static long comparisons(InputFamily family, int n) {
    BinaryNode<Integer> root = Trees.searchTree(family, n);
    CountingComparator<Integer> order = CountingComparator.naturalOrder();
    for (int i = 0; i < 32; i++) {
      SearchTreeBasics.contains(root, (int) ((2L * n * i) / 32) + (i & 1), order);
    }
    return order.count();
  }
}
