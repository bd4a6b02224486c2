// verdict: stack-overflow
// mistake: Checks each subtree against the bounds its ancestors set, recursively, which overflows the stack on a tree 200 000 levels deep.
package io.github.dsalab.exercises.tree;

import io.github.dsalab.exercises.support.BinaryNode;
import java.util.Comparator;

/** A learner's answer: correct bounds, but one call per level of the tree. */
public final class ValidateSearchTree {
  private ValidateSearchTree() {}

  public static <K> boolean isSearchTree(BinaryNode<K> root, Comparator<? super K> order) {
    return within(root, null, null, order);
  }

  private static <K> boolean within(BinaryNode<K> node, K low, K high, Comparator<? super K> order) {
    if (node == null) {
      return true;
    }
    if (low != null && order.compare(node.key, low) <= 0 || high != null && order.compare(node.key, high) >= 0) {
      return false;
    }
    return within(node.left, low, node.key, order) && within(node.right, node.key, high, order);
  }
}
