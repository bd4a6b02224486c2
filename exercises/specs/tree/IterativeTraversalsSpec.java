package io.github.dsalab.exercises.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dsalab.exercises.support.BinaryNode;
import io.github.dsalab.exercises.support.Trees;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class IterativeTraversalsSpec {
  private static final BinaryNode<Integer> EXAMPLE = Trees.insertAll(List.of(5, 3, 8, 1, 4), Comparator.naturalOrder());

  @Test
  void preorderVisitsTheNodeFirst() {
    assertEquals(List.of(5, 3, 1, 4, 8), IterativeTraversals.preorder(EXAMPLE));
  }

  @Test
  void inorderVisitsTheNodeBetweenItsSubtrees() {
    assertEquals(List.of(1, 3, 4, 5, 8), IterativeTraversals.inorder(EXAMPLE));
  }

  @Test
  void postorderVisitsTheNodeLast() {
    assertEquals(List.of(1, 4, 3, 8, 5), IterativeTraversals.postorder(EXAMPLE));
  }

  @Test
  void anEmptyTreeHasNoKeys() {
    assertEquals(List.of(), IterativeTraversals.preorder(null));
    assertEquals(List.of(), IterativeTraversals.inorder(null));
    assertEquals(List.of(), IterativeTraversals.postorder(null));
  }

  @Test
  void handlesATreeTwoHundredThousandLevelsDeep() {
    BinaryNode<Integer> chain = Trees.rightChain(200_000);
    assertEquals(200_000, IterativeTraversals.inorder(chain).size());
    assertEquals(0, IterativeTraversals.preorder(chain).get(0));
    assertEquals(0, IterativeTraversals.postorder(chain).get(199_999));
  }

  @Property(tries = 200)
  void matchTheRecursiveDefinitions(@ForAll @Size(max = 25) List<@IntRange(min = 0, max = 50) Integer> keys) {
    BinaryNode<Integer> root = Trees.insertAll(keys, Comparator.naturalOrder());
    List<Integer> pre = new ArrayList<>();
    List<Integer> in = new ArrayList<>();
    List<Integer> post = new ArrayList<>();
    walk(root, pre, in, post);
    assertEquals(pre, IterativeTraversals.preorder(root), "preorder of " + root);
    assertEquals(in, IterativeTraversals.inorder(root), "inorder of " + root);
    assertEquals(post, IterativeTraversals.postorder(root), "postorder of " + root);
  }

  /** The recursive model: fine for the small trees of the property. */
  private static void walk(BinaryNode<Integer> node, List<Integer> pre, List<Integer> in, List<Integer> post) {
    if (node == null) {
      return;
    }
    pre.add(node.key);
    walk(node.left, pre, in, post);
    in.add(node.key);
    walk(node.right, pre, in, post);
    post.add(node.key);
  }
}
