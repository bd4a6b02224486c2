// verdict: failing
// mistake: Follows only the left children down from the root, as if the tree were complete.
package io.github.dsalab.exercises.tree;

import io.github.dsalab.exercises.support.BinaryNode;

/** A wrong solution kept for the checker's own tests; see the mistake line above. */
public final class TreeHeight {
  private TreeHeight() {}

  public static <K> int height(BinaryNode<K> root) {
    int levels = 0;
    for (BinaryNode<K> node = root; node != null; node = node.left) {
      levels++;
    }
    return levels;
  }
}
