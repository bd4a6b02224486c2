package io.github.dsalab.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class TreeShapeTest {

  @Test
  void anAvlTreeShowsTheRotationOfThreeAscendingKeys() {
    AvlTree<Integer, String> tree = new AvlTree<>();
    tree.put(1, "a");
    tree.put(2, "b");
    assertEquals("1(-, 2)", TreeShape.of(tree).toString());
    tree.put(3, "c");
    TreeShape<Integer> shape = TreeShape.of(tree);
    assertEquals("2(1, 3)", shape.toString());
    assertEquals(2, shape.key(0));
    assertEquals(1, shape.key(shape.left(0)));
    assertEquals(3, shape.key(shape.right(0)));
    assertEquals(-1, shape.left(shape.left(0)));
  }

  @Test
  void anUnbalancedTreeKeepsTheChainSortedInputBuilds() {
    BinarySearchTree<Integer, Integer> tree = new BinarySearchTree<>();
    for (int k = 0; k < 20_000; k++) {
      tree.put(k, k);
    }
    TreeShape<Integer> shape = TreeShape.of(tree);
    assertEquals(20_000, shape.size());
    assertEquals(19_999, shape.key(shape.size() - 1));
    assertEquals(-1, shape.left(0));
    assertEquals(1, shape.right(0));
  }

  @Test
  void anEmptyTreeHasAnEmptyShapeAndNoNodeZero() {
    TreeShape<String> shape = TreeShape.of(new BinarySearchTree<String, String>());
    assertEquals(0, shape.size());
    assertEquals("empty", shape.toString());
    assertThrows(IndexOutOfBoundsException.class, () -> shape.left(0));
  }

  @Test
  void theSnapshotDoesNotFollowLaterChanges() {
    BinarySearchTree<Integer, Integer> tree = new BinarySearchTree<>();
    tree.put(5, 5);
    TreeShape<Integer> before = TreeShape.of(tree);
    tree.put(7, 7);
    assertEquals(1, before.size());
    assertEquals(List.of(5, 7), TreeShape.of(tree).preorder());
  }

  @Property
  void theShapeIsTheTreeItself(@ForAll List<Integer> keys) {
    AvlTree<Integer, Integer> tree = new AvlTree<>();
    keys.forEach(k -> tree.put(k, k));
    TreeShape<Integer> shape = TreeShape.of(tree);
    assertEquals(tree.preorder(), shape.preorder());
    List<Integer> inorder = new ArrayList<>();
    inorder(shape, shape.size() == 0 ? -1 : 0, inorder);
    assertEquals(tree.inorder(), inorder);
    assertEquals(tree.height(), height(shape, shape.size() == 0 ? -1 : 0));
    AvlTree<Integer, Integer> twin = new AvlTree<>();
    keys.forEach(k -> twin.put(k, -k));
    assertEquals(shape, TreeShape.of(twin));
    assertEquals(shape.hashCode(), TreeShape.of(twin).hashCode());
  }

  private static void inorder(TreeShape<Integer> shape, int node, List<Integer> out) {
    if (node < 0) {
      return;
    }
    inorder(shape, shape.left(node), out);
    out.add(shape.key(node));
    inorder(shape, shape.right(node), out);
  }

  private static int height(TreeShape<Integer> shape, int node) {
    return node < 0 ? 0 : 1 + Math.max(height(shape, shape.left(node)), height(shape, shape.right(node)));
  }
}
