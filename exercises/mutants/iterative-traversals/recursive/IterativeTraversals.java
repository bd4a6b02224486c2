// verdict: stack-overflow
// mistake: Writes the traversals recursively, which overflows the stack on a tree 200 000 levels deep.
package io.github.dsalab.exercises.tree;

import io.github.dsalab.exercises.support.BinaryNode;
import java.util.ArrayList;
import java.util.List;

/** A wrong solution kept for the checker's own tests; see the mistake line above. */
public final class IterativeTraversals {
  private IterativeTraversals() {}

  public static <K> List<K> preorder(BinaryNode<K> root) {
    List<K> keys = new ArrayList<>();
    walk(root, keys, 0);
    return keys;
  }

  public static <K> List<K> inorder(BinaryNode<K> root) {
    List<K> keys = new ArrayList<>();
    walk(root, keys, 1);
    return keys;
  }

  public static <K> List<K> postorder(BinaryNode<K> root) {
    List<K> keys = new ArrayList<>();
    walk(root, keys, 2);
    return keys;
  }

  private static <K> void walk(BinaryNode<K> node, List<K> keys, int when) {
    if (node == null) {
      return;
    }
    if (when == 0) {
      keys.add(node.key);
    }
    walk(node.left, keys, when);
    if (when == 1) {
      keys.add(node.key);
    }
    walk(node.right, keys, when);
    if (when == 2) {
      keys.add(node.key);
    }
  }
}
