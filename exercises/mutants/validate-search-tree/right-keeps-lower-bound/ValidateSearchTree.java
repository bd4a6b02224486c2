// verdict: failing
// mistake: Tracks bounds with a stack but forgets to raise the lower bound when going right, so a small key deep in a right subtree passes.
package io.github.dsalab.exercises.tree;

import io.github.dsalab.exercises.support.BinaryNode;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;

/** A wrong solution kept for the checker's own tests; see the mistake line above. */
public final class ValidateSearchTree {
  private ValidateSearchTree() {}

  public static <K> boolean isSearchTree(BinaryNode<K> root, Comparator<? super K> order) {
    Deque<Object[]> stack = new ArrayDeque<>();
    if (root != null) {
      stack.push(new Object[] {root, null, null});
    }
    while (!stack.isEmpty()) {
      Object[] entry = stack.pop();
      @SuppressWarnings("unchecked")
      BinaryNode<K> node = (BinaryNode<K>) entry[0];
      @SuppressWarnings("unchecked")
      K low = (K) entry[1];
      @SuppressWarnings("unchecked")
      K high = (K) entry[2];
      if ((low != null && order.compare(node.key, low) <= 0) || (high != null && order.compare(node.key, high) >= 0)) {
        return false;
      }
      if (node.left != null) {
        stack.push(new Object[] {node.left, low, node.key});
      }
      if (node.right != null) {
        stack.push(new Object[] {node.right, low, high});
      }
    }
    return true;
  }
}
