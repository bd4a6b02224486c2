package io.github.dsalab.exercises.tree;

import io.github.dsalab.exercises.support.BinaryNode;
import java.util.Comparator;

/**
 * Exercise: is this binary tree a search tree?
 *
 * <p>Return whether every key in each node's left subtree is smaller than the node's key and
 * every key in its right subtree is larger (by {@code order}; so no duplicates). The empty tree
 * is a search tree. Careful: checking only each node against its two children is not enough.
 *
 * <pre>
 *     5                5
 *    / \              / \
 *   3   8   = true   3   8   = false: 6 is in 5's left subtree but larger than 5
 *                     \
 *                      6
 * </pre>
 *
 * <p>Expected cost: {@code O(n)} comparisons. Comparing each node with all the nodes below it
 * is {@code O(n · height)}, {@code O(n²)} on a deep tree, and does not pass: the checker counts
 * comparisons on a valid tree shaped like a chain.
 */
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
    throw new UnsupportedOperationException("TODO: an inorder walk must see ascending keys");
  }
}
