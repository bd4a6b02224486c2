package io.github.dsalab.exercises.tree;

import io.github.dsalab.exercises.support.BinaryNode;
import java.util.List;

/**
 * Exercise: tree traversals without recursion.
 *
 * <p>Return the keys of a binary tree in three orders, using an explicit stack
 * ({@link java.util.ArrayDeque}) instead of recursion, so that a tree 200,000 levels deep works
 * (recursion that deep overflows the call stack):
 * <ul>
 *   <li>preorder: node, then left subtree, then right subtree;</li>
 *   <li>inorder: left subtree, node, right subtree (ascending order in a search tree);</li>
 *   <li>postorder: left subtree, right subtree, node.</li>
 * </ul>
 *
 * <pre>
 *       5
 *      / \        preorder  = [5, 3, 1, 4, 8]
 *     3   8       inorder   = [1, 3, 4, 5, 8]
 *    / \          postorder = [1, 4, 3, 8, 5]
 *   1   4
 * </pre>
 *
 * <p>Expected cost: {@code O(n)} time, {@code O(height)} extra space. (No complexity gate:
 * every correct traversal visits each node a constant number of times.)
 */
public final class IterativeTraversals {
  private IterativeTraversals() {}

  /**
   * Returns the keys in preorder.
   *
   * @param root the tree, or {@code null}
   * @param <K> the type of keys
   * @return a new list
   */
  public static <K> List<K> preorder(BinaryNode<K> root) {
    throw new UnsupportedOperationException("TODO: preorder with a stack");
  }

  /**
   * Returns the keys in inorder.
   *
   * @param root the tree, or {@code null}
   * @param <K> the type of keys
   * @return a new list
   */
  public static <K> List<K> inorder(BinaryNode<K> root) {
    throw new UnsupportedOperationException("TODO: inorder with a stack");
  }

  /**
   * Returns the keys in postorder.
   *
   * @param root the tree, or {@code null}
   * @param <K> the type of keys
   * @return a new list
   */
  public static <K> List<K> postorder(BinaryNode<K> root) {
    throw new UnsupportedOperationException("TODO: postorder with a stack");
  }
}
