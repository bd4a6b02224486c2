package io.github.dsalab.exercises.tree;

import io.github.dsalab.exercises.support.BinaryNode;
import java.util.Comparator;

/**
 * Exercise: lowest common ancestor in a binary search tree.
 *
 * <p>{@code a} and {@code b} are both keys of the search tree. Return the key of their lowest
 * common ancestor: the deepest node that has both in its subtree (a node is in its own subtree,
 * so the answer can be {@code a} or {@code b} itself).
 *
 * <pre>
 *         6
 *       /   \          lca(2, 8) = 6     lca(2, 4) = 2
 *      2     8         lca(3, 5) = 4     lca(7, 9) = 8
 *     / \   / \
 *    0   4 7   9
 *       / \
 *      3   5
 * </pre>
 *
 * <p>Expected cost: {@code O(height)} comparisons, {@code O(log n)} when balanced: walk down
 * from the root while both keys are on the same side. Searching paths through the whole tree
 * is {@code O(n)} and does not pass.
 */
public final class LowestCommonAncestor {
  private LowestCommonAncestor() {}

  /**
   * Returns the key of the lowest common ancestor of {@code a} and {@code b}.
   *
   * @param root a search tree holding both keys
   * @param a a key of the tree
   * @param b a key of the tree
   * @param order the order of the tree
   * @param <K> the type of keys
   * @return the key of their lowest common ancestor
   */
  public static <K> K lowestCommonAncestor(BinaryNode<K> root, K a, K b, Comparator<? super K> order) {
    throw new UnsupportedOperationException("TODO: walk down while a and b are on the same side");
  }
}
