// verdict: failing
// mistake: Decides the direction by a alone, walking past the node where b branches off.
package io.github.dsalab.exercises.tree;

import io.github.dsalab.exercises.support.BinaryNode;
import java.util.Comparator;

/** Reference solution of the lowest common ancestor exercise (the statement is in the stub). */
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
    BinaryNode<K> node = root;
    // While both keys are on one side, the ancestor is on that side; the first node that
    // separates them (or equals one of them) is the answer.
    while (true) {
      int ca = order.compare(a, node.key);
      int cb = order.compare(b, node.key);
      if (ca < 0) {
        node = node.left;
      } else if (ca > 0) {
        node = node.right;
      } else {
        return node.key;
      }
    }
  }
}
