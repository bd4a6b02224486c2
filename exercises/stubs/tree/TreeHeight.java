package io.github.dsalab.exercises.tree;

import io.github.dsalab.exercises.support.BinaryNode;

/**
 * Exercise: the height of a binary tree.
 *
 * <p>Return the number of nodes on the longest path from the root down to a leaf: 0 for the
 * empty tree, 1 for a single node. The tests include a tree 200,000 levels deep, so the
 * two-line recursive answer ({@code 1 + max(height(left), height(right))}) overflows the call
 * stack there: count the levels with a queue instead.
 *
 * <pre>
 *     5
 *    / \        height = 3
 *   3   8
 *    \
 *     4
 * </pre>
 *
 * <p>Expected cost: {@code O(n)} time, {@code O(width)} extra space. (No complexity gate.)
 */
public final class TreeHeight {
  private TreeHeight() {}

  /**
   * Returns the height of the tree.
   *
   * @param root the tree, or {@code null}
   * @param <K> the type of keys
   * @return the number of levels
   */
  public static <K> int height(BinaryNode<K> root) {
    throw new UnsupportedOperationException("TODO: count the levels of a breadth-first walk");
  }
}
