// verdict: failing
// mistake: Builds the node-right-left order for postorder but forgets to reverse it.
package io.github.dsalab.exercises.tree;

import io.github.dsalab.exercises.support.BinaryNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;

/** Reference solution of the iterative traversals exercise (the statement is in the stub). */
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
    List<K> keys = new ArrayList<>();
    Deque<BinaryNode<K>> stack = new ArrayDeque<>();
    if (root != null) {
      stack.push(root);
    }
    while (!stack.isEmpty()) {
      BinaryNode<K> node = stack.pop();
      keys.add(node.key);
      // Right first, so that the left subtree is popped (visited) first.
      if (node.right != null) {
        stack.push(node.right);
      }
      if (node.left != null) {
        stack.push(node.left);
      }
    }
    return keys;
  }

  /**
   * Returns the keys in inorder.
   *
   * @param root the tree, or {@code null}
   * @param <K> the type of keys
   * @return a new list
   */
  public static <K> List<K> inorder(BinaryNode<K> root) {
    List<K> keys = new ArrayList<>();
    Deque<BinaryNode<K>> stack = new ArrayDeque<>();
    BinaryNode<K> node = root;
    // The stack holds the nodes whose left subtree is being visited.
    while (node != null || !stack.isEmpty()) {
      while (node != null) {
        stack.push(node);
        node = node.left;
      }
      node = stack.pop();
      keys.add(node.key);
      node = node.right;
    }
    return keys;
  }

  /**
   * Returns the keys in postorder.
   *
   * @param root the tree, or {@code null}
   * @param <K> the type of keys
   * @return a new list
   */
  public static <K> List<K> postorder(BinaryNode<K> root) {
    // Postorder is the reverse of "node, right, left", which is a preorder with children swapped.
    List<K> keys = new ArrayList<>();
    Deque<BinaryNode<K>> stack = new ArrayDeque<>();
    if (root != null) {
      stack.push(root);
    }
    while (!stack.isEmpty()) {
      BinaryNode<K> node = stack.pop();
      keys.add(node.key);
      if (node.left != null) {
        stack.push(node.left);
      }
      if (node.right != null) {
        stack.push(node.right);
      }
    }
    return keys;
  }
}
