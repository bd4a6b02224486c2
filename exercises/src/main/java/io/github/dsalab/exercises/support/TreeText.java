package io.github.dsalab.exercises.support;

import java.util.ArrayDeque;
import java.util.Deque;

/** Writes a tree as {@code (left key right)} text without recursion, so deep trees print too. */
final class TreeText {
  private TreeText() {}

  static String of(BinaryNode<?> root) {
    StringBuilder text = new StringBuilder();
    // The stack holds either a node still to open or a string to append verbatim.
    Deque<Object> work = new ArrayDeque<>();
    work.push(root == null ? "()" : root);
    while (!work.isEmpty()) {
      Object item = work.pop();
      if (item instanceof BinaryNode<?>) {
        BinaryNode<?> node = (BinaryNode<?>) item;
        if (node.left == null && node.right == null) {
          text.append(node.key);
          continue;
        }
        work.push(")");
        work.push(node.right == null ? "-" : node.right);
        work.push(" ");
        work.push(String.valueOf(node.key));
        work.push(" ");
        work.push(node.left == null ? "-" : node.left);
        work.push("(");
      } else {
        text.append(item);
      }
    }
    return text.toString();
  }
}
