// verdict: too-slow
// mistake: contains looks at every node instead of following one path: O(n).
package io.github.dsalab.exercises.tree;

import io.github.dsalab.exercises.support.BinaryNode;
import java.util.Comparator;

/** Correct but slow: contains looks at every node, O(n). The gate must reject it. */
public final class SearchTreeBasics {
  private SearchTreeBasics() {}

  /**
   * Inserts {@code key} (if absent) and returns the root.
   *
   * @param root the tree, or {@code null} when empty
   * @param key the key to insert
   * @param order the order of the tree
   * @param <K> the type of keys
   * @return the root of the tree with the key
   */
  public static <K> BinaryNode<K> insert(BinaryNode<K> root, K key, Comparator<? super K> order) {
    if (root == null) {
      return new BinaryNode<>(key);
    }
    BinaryNode<K> node = root;
    while (true) {
      int c = order.compare(key, node.key);
      if (c == 0) {
        return root;
      }
      if (c < 0) {
        if (node.left == null) {
          node.left = new BinaryNode<>(key);
          return root;
        }
        node = node.left;
      } else {
        if (node.right == null) {
          node.right = new BinaryNode<>(key);
          return root;
        }
        node = node.right;
      }
    }
  }

  /** Correct but slow: visits every node with an explicit stack, O(n). */
  public static <K> boolean contains(BinaryNode<K> root, K key, Comparator<? super K> order) {
    java.util.Deque<BinaryNode<K>> stack = new java.util.ArrayDeque<>();
    if (root != null) {
      stack.push(root);
    }
    boolean found = false;
    while (!stack.isEmpty()) {
      BinaryNode<K> node = stack.pop();
      found |= order.compare(key, node.key) == 0;
      if (node.left != null) {
        stack.push(node.left);
      }
      if (node.right != null) {
        stack.push(node.right);
      }
    }
    return found;
  }
}
