// verdict: failing
// mistake: Accepts equal neighbours in the inorder walk (> 0 instead of >= 0), so duplicate keys pass.
package io.github.dsalab.exercises.tree;

import io.github.dsalab.exercises.support.BinaryNode;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;

/** Reference solution of the validate-a-search-tree exercise (the statement is in the stub). */
public final class ValidateSearchTree {
  private ValidateSearchTree() {}

  /**
   * Tells whether the tree is a binary search tree.
   *
   * @param root the tree, or {@code null}
   * @param order the order
   * @param <K> the type of keys
   * @return true if it is a search tree without duplicates
   */
  public static <K> boolean isSearchTree(BinaryNode<K> root, Comparator<? super K> order) {
    // A tree is a search tree exactly when its inorder walk is strictly ascending, so each key
    // only needs comparing with the one visited just before it.
    Deque<BinaryNode<K>> stack = new ArrayDeque<>();
    BinaryNode<K> node = root;
    BinaryNode<K> previous = null;
    while (node != null || !stack.isEmpty()) {
      while (node != null) {
        stack.push(node);
        node = node.left;
      }
      node = stack.pop();
      if (previous != null && order.compare(previous.key, node.key) > 0) {
        return false;
      }
      previous = node;
      node = node.right;
    }
    return true;
  }
}
