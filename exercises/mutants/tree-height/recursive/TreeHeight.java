// verdict: stack-overflow
// mistake: Computes the height recursively, which overflows the stack on a tree 200 000 levels deep.
package io.github.dsalab.exercises.tree;

import io.github.dsalab.exercises.support.BinaryNode;

/** A wrong solution kept for the checker's own tests; see the mistake line above. */
public final class TreeHeight {
  private TreeHeight() {}

  public static <K> int height(BinaryNode<K> root) {
    if (root == null) {
      return 0;
    }
    return 1 + Math.max(height(root.left), height(root.right));
  }
}
