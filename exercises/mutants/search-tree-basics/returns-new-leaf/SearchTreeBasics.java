// verdict: failing
// mistake: Returns the new leaf instead of the root after inserting into a non-empty tree.
package io.github.dsalab.exercises.tree;

import io.github.dsalab.exercises.support.BinaryNode;
import java.util.Comparator;

/** Reference solution of the search tree insert/search exercise (the statement is in the stub). */
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
          return node.left;
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

  /**
   * Tells whether {@code key} is in the tree.
   *
   * @param root the tree, or {@code null} when empty
   * @param key the key to look for
   * @param order the order of the tree
   * @param <K> the type of keys
   * @return true if the key is present
   */
  public static <K> boolean contains(BinaryNode<K> root, K key, Comparator<? super K> order) {
    BinaryNode<K> node = root;
    // Each comparison discards one whole subtree: the walk is as long as the tree is high.
    while (node != null) {
      int c = order.compare(key, node.key);
      if (c == 0) {
        return true;
      }
      node = c < 0 ? node.left : node.right;
    }
    return false;
  }
}
