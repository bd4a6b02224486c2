// verdict: failing
// mistake: Compares each node only with its own children, missing a grandchild on the wrong side of its grandparent.
package io.github.dsalab.exercises.tree;

import io.github.dsalab.exercises.support.BinaryNode;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;

/** A wrong solution kept for the checker's own tests; see the mistake line above. */
public final class ValidateSearchTree {
  private ValidateSearchTree() {}

  public static <K> boolean isSearchTree(BinaryNode<K> root, Comparator<? super K> order) {
    Deque<BinaryNode<K>> stack = new ArrayDeque<>();
    if (root != null) {
      stack.push(root);
    }
    while (!stack.isEmpty()) {
      BinaryNode<K> node = stack.pop();
      if (node.left != null) {
        if (order.compare(node.left.key, node.key) >= 0) {
          return false;
        }
        stack.push(node.left);
      }
      if (node.right != null) {
        if (order.compare(node.right.key, node.key) <= 0) {
          return false;
        }
        stack.push(node.right);
      }
    }
    return true;
  }
}
