package io.github.dsalab.exercises.tree;

import io.github.dsalab.exercises.support.BinaryNode;
import java.util.Comparator;

/**
 * Exercise: binary search tree, insert and search.
 *
 * <p>In a binary search tree every key in a node's left subtree is smaller than the node's key
 * and every key in its right subtree is larger (by {@code order}). Write:
 * <ul>
 *   <li>{@code insert(root, key, order)}: add {@code key} as a new leaf where a search for it
 *       ends, and return the root (a new node when the tree was empty, {@code null}). If the key
 *       is already present, leave the tree unchanged.</li>
 *   <li>{@code contains(root, key, order)}: whether {@code key} is in the tree.</li>
 * </ul>
 *
 * <pre>
 * insert 5, 3, 8, 4 into an empty tree gives  (3 - 4) 5 8    i.e.   5
 *                                                                   / \
 *                                                                  3   8
 *                                                                   \
 *                                                                    4
 * contains(that tree, 4) = true      contains(that tree, 7) = false
 * </pre>
 *
 * <p>Expected cost: {@code O(height)} comparisons for each, which is {@code O(log n)} in a
 * balanced tree. Looking at every node is {@code O(n)} and does not pass. The checker counts
 * calls to {@code order.compare} on a balanced tree. A loop is better than recursion here: a
 * tree built from sorted keys is as deep as it is large.
 */
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
    throw new UnsupportedOperationException("TODO: walk down to where key belongs and attach a leaf");
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
    throw new UnsupportedOperationException("TODO: go left or right until found or null");
  }
}
