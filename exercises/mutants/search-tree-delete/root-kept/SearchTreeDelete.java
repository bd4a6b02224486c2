// verdict: failing
// mistake: Returns the old root when the root itself is deleted, instead of its only child.
package io.github.dsalab.exercises.tree;

import io.github.dsalab.exercises.support.BinaryNode;
import java.util.Comparator;

/** Reference solution of the search tree delete exercise (the statement is in the stub). */
public final class SearchTreeDelete {
  private SearchTreeDelete() {}

  /**
   * Deletes {@code key} (if present) and returns the root.
   *
   * @param root the tree, or {@code null} when empty
   * @param key the key to delete
   * @param order the order of the tree
   * @param <K> the type of keys
   * @return the root of the tree without the key, or {@code null} if it is now empty
   */
  public static <K> BinaryNode<K> delete(BinaryNode<K> root, K key, Comparator<? super K> order) {
    BinaryNode<K> parent = null;
    BinaryNode<K> node = root;
    while (node != null) {
      int c = order.compare(key, node.key);
      if (c == 0) {
        break;
      }
      parent = node;
      node = c < 0 ? node.left : node.right;
    }
    if (node == null) {
      return root;
    }
    if (node.left != null && node.right != null) {
      // Two children: the successor takes the node's place; it has no left child, so
      // unlinking it is one of the easy cases.
      BinaryNode<K> successorParent = node;
      BinaryNode<K> successor = node.right;
      while (successor.left != null) {
        successorParent = successor;
        successor = successor.left;
      }
      node.key = successor.key;
      parent = successorParent;
      node = successor;
    }
    BinaryNode<K> child = node.left != null ? node.left : node.right;
    if (parent == null) {
      return root;
    }
    if (parent.left == node) {
      parent.left = child;
    } else {
      parent.right = child;
    }
    return root;
  }
}
