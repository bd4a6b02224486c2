package io.github.dsalab.exercises.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dsalab.counting.CountingComparator;
import io.github.dsalab.exercises.support.BinaryNode;
import io.github.dsalab.exercises.support.InputFamily;
import io.github.dsalab.exercises.support.Stress;
import io.github.dsalab.exercises.support.Trees;
import io.github.dsalab.exercises.support.Workload;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class ValidateSearchTreeSpec {
  private static final Comparator<Integer> ORDER = Comparator.naturalOrder();

  private static BinaryNode<Integer> node(int key, BinaryNode<Integer> left, BinaryNode<Integer> right) {
    return new BinaryNode<>(key, left, right);
  }

  private static BinaryNode<Integer> leaf(int key) {
    return new BinaryNode<>(key);
  }

  @Test
  void acceptsASearchTree() {
    assertEquals(true, ValidateSearchTree.isSearchTree(node(5, leaf(3), leaf(8)), ORDER));
    assertEquals(true, ValidateSearchTree.isSearchTree(null, ORDER));
  }

  @Test
  void rejectsAChildOnTheWrongSide() {
    assertEquals(false, ValidateSearchTree.isSearchTree(node(5, leaf(8), leaf(3)), ORDER));
  }

  @Test
  void rejectsAGrandchildOnTheWrongSideOfItsGrandparent() {
    assertEquals(false, ValidateSearchTree.isSearchTree(node(5, node(3, null, leaf(6)), leaf(8)), ORDER));
  }

  @Test
  void rejectsDuplicates() {
    assertEquals(false, ValidateSearchTree.isSearchTree(node(5, leaf(5), null), ORDER));
  }

  @Test
  @Tag(Stress.TAG)
  void handlesATreeTwoHundredThousandLevelsDeep() {
    BinaryNode<Integer> chain = Trees.rightChain(200_000);
    assertEquals(true, ValidateSearchTree.isSearchTree(chain, ORDER));
    BinaryNode<Integer> deepest = chain;
    while (deepest.right != null) {
      deepest = deepest.right;
    }
    // The last key on the chain is the largest; a left child of it larger still breaks the order.
    deepest.left = leaf(200_000);
    assertEquals(false, ValidateSearchTree.isSearchTree(chain, ORDER));
  }

  @Property(tries = 300)
  void agreesWithTheInorderDefinition(@ForAll @Size(max = 20) List<@IntRange(min = 0, max = 30) Integer> keys,
      @ForAll @IntRange(min = 0, max = 40) int changedKey, @ForAll @IntRange(min = 0, max = 19) int position) {
    BinaryNode<Integer> root = Trees.insertAll(keys, ORDER);
    if (root != null) {
      // Overwrite one key (the position-th in preorder), which may or may not break the order.
      List<BinaryNode<Integer>> nodes = new ArrayList<>();
      collect(root, nodes);
      nodes.get(position % nodes.size()).key = changedKey;
    }
    assertEquals(Trees.isSearchTree(root, ORDER), ValidateSearchTree.isSearchTree(root, ORDER), "isSearchTree(" + root + ")");
  }

  private static void collect(BinaryNode<Integer> node, List<BinaryNode<Integer>> nodes) {
    if (node != null) {
      nodes.add(node);
      collect(node.left, nodes);
      collect(node.right, nodes);
    }
  }

  /** Comparisons to validate a valid tree of each shape (a chain is where checking every descendant hurts most). */
  @Workload({InputFamily.CHAIN, InputFamily.BALANCED})
  static long comparisons(InputFamily family, int n) {
    CountingComparator<Integer> order = CountingComparator.naturalOrder();
    ValidateSearchTree.isSearchTree(Trees.searchTree(family, n), order);
    return order.count();
  }
}
