// verdict: too-slow
// mistake: Lists every key and rebuilds the tree without the deleted one: O(n).
package io.github.dsalab.exercises.tree;

import io.github.dsalab.exercises.support.BinaryNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/** Correct but slow: lists every key (comparing each with the key to drop) and rebuilds, O(n). The gate must reject it. */
public final class SearchTreeDelete {
  private SearchTreeDelete() {}

  public static <K> BinaryNode<K> delete(BinaryNode<K> root, K key, Comparator<? super K> order) {
    List<K> kept = new ArrayList<>();
    Deque<BinaryNode<K>> stack = new ArrayDeque<>();
    BinaryNode<K> node = root;
    while (node != null || !stack.isEmpty()) {
      while (node != null) {
        stack.push(node);
        node = node.left;
      }
      node = stack.pop();
      if (order.compare(node.key, key) != 0) {
        kept.add(node.key);
      }
      node = node.right;
    }
    return build(kept, 0, kept.size());
  }

  private static <K> BinaryNode<K> build(List<K> keys, int from, int to) {
    if (from >= to) {
      return null;
    }
    int middle = (from + to) >>> 1;
    return new BinaryNode<>(keys.get(middle), build(keys, from, middle), build(keys, middle + 1, to));
  }
}
