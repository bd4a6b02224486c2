// verdict: too-slow
// mistake: Records every node's parent by walking the whole tree instead of descending from the root: O(n).
package io.github.dsalab.exercises.tree;

import io.github.dsalab.exercises.support.BinaryNode;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/** Correct but slow: records every node's parent by a full walk (comparing each key with a and b), O(n). The gate must reject it. */
public final class LowestCommonAncestor {
  private LowestCommonAncestor() {}

  public static <K> K lowestCommonAncestor(BinaryNode<K> root, K a, K b, Comparator<? super K> order) {
    Map<BinaryNode<K>, BinaryNode<K>> parent = new HashMap<>();
    BinaryNode<K> nodeA = null;
    BinaryNode<K> nodeB = null;
    Deque<BinaryNode<K>> stack = new ArrayDeque<>();
    stack.push(root);
    parent.put(root, null);
    while (!stack.isEmpty()) {
      BinaryNode<K> node = stack.pop();
      if (order.compare(node.key, a) == 0) {
        nodeA = node;
      }
      if (order.compare(node.key, b) == 0) {
        nodeB = node;
      }
      for (BinaryNode<K> child : java.util.Arrays.asList(node.left, node.right)) {
        if (child != null) {
          parent.put(child, node);
          stack.push(child);
        }
      }
    }
    java.util.Set<BinaryNode<K>> ancestorsOfA = new java.util.HashSet<>();
    for (BinaryNode<K> x = nodeA; x != null; x = parent.get(x)) {
      ancestorsOfA.add(x);
    }
    BinaryNode<K> y = nodeB;
    while (!ancestorsOfA.contains(y)) {
      y = parent.get(y);
    }
    return y.key;
  }
}
