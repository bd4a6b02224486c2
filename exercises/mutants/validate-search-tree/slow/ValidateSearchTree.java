// verdict: too-slow
// mistake: Compares every node with every node of its subtrees instead of one inorder walk: O(n · height).
package io.github.dsalab.exercises.tree;

import io.github.dsalab.exercises.support.BinaryNode;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;

/** Correct but slow: compares every node with every node of its subtrees, O(n · height). The gate must reject it. */
public final class ValidateSearchTree {
  private ValidateSearchTree() {}

  public static <K> boolean isSearchTree(BinaryNode<K> root, Comparator<? super K> order) {
    Deque<BinaryNode<K>> nodes = new ArrayDeque<>();
    if (root != null) {
      nodes.push(root);
    }
    while (!nodes.isEmpty()) {
      BinaryNode<K> node = nodes.pop();
      if (!allCompare(node.left, node.key, order, -1) || !allCompare(node.right, node.key, order, 1)) {
        return false;
      }
      if (node.left != null) {
        nodes.push(node.left);
      }
      if (node.right != null) {
        nodes.push(node.right);
      }
    }
    return true;
  }

  private static <K> boolean allCompare(BinaryNode<K> subtree, K key, Comparator<? super K> order, int sign) {
    Deque<BinaryNode<K>> stack = new ArrayDeque<>();
    if (subtree != null) {
      stack.push(subtree);
    }
    while (!stack.isEmpty()) {
      BinaryNode<K> node = stack.pop();
      if (Integer.signum(order.compare(node.key, key)) != sign) {
        return false;
      }
      if (node.left != null) {
        stack.push(node.left);
      }
      if (node.right != null) {
        stack.push(node.right);
      }
    }
    return true;
  }
}
