// verdict: failing
// mistake: Counts edges instead of levels, so a single leaf gets height 0.
package io.github.dsalab.exercises.tree;

import io.github.dsalab.exercises.support.BinaryNode;
import java.util.ArrayDeque;
import java.util.Queue;

/** Reference solution of the tree height exercise (the statement is in the stub). */
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
    int levels = 0;
    Queue<BinaryNode<K>> level = new ArrayDeque<>();
    if (root != null) {
      level.add(root);
    }
    // The queue holds exactly one level at the start of each pass.
    while (!level.isEmpty()) {
      levels++;
      for (int remaining = level.size(); remaining > 0; remaining--) {
        BinaryNode<K> node = level.remove();
        if (node.left != null) {
          level.add(node.left);
        }
        if (node.right != null) {
          level.add(node.right);
        }
      }
    }
    return Math.max(0, levels - 1);
  }
}
