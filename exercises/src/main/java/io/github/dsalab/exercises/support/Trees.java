package io.github.dsalab.exercises.support;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * Tree builders and checks for the tree exercises' specs, all without recursion deeper than
 * {@code O(log n)}, so they work on degenerate trees of any depth.
 *
 * <table class="striped">
 *   <caption>Cost</caption>
 *   <tr><th>operation</th><th>time</th><th>extra space</th></tr>
 *   <tr><td>{@code balanced}, {@code rightChain}, {@code keysInOrder}, {@code isSearchTree}</td>
 *       <td>{@code O(n)}</td><td>{@code O(n)}</td></tr>
 *   <tr><td>{@code insertAll}</td><td>{@code O(n · height)}</td><td>{@code O(1)}</td></tr>
 * </table>
 *
 * <pre>{@code
 * BinaryNode<Integer> root = Trees.balanced(Inputs.ascending(1000));
 * List<Integer> keys = Trees.keysInOrder(root);
 * boolean ok = Trees.isSearchTree(root, Comparator.naturalOrder());
 * }</pre>
 */
public final class Trees {
  private Trees() {}

  /**
   * Returns a perfectly balanced search tree holding {@code sorted}.
   *
   * @param sorted keys in ascending order
   * @param <K> the type of keys
   * @return the root, or {@code null} for no keys
   */
  public static <K> BinaryNode<K> balanced(K[] sorted) {
    return balanced(sorted, 0, sorted.length);
  }

  private static <K> BinaryNode<K> balanced(K[] sorted, int from, int to) {
    if (from >= to) {
      return null;
    }
    int middle = (from + to) >>> 1;
    return new BinaryNode<>(sorted[middle], balanced(sorted, from, middle), balanced(sorted, middle + 1, to));
  }

  /**
   * Returns the search tree made by inserting {@code keys} in order into an empty tree
   * (duplicates are skipped).
   *
   * @param keys the keys, in insertion order
   * @param order the order of the tree
   * @param <K> the type of keys
   * @return the root, or {@code null} for no keys
   */
  public static <K> BinaryNode<K> insertAll(List<K> keys, Comparator<? super K> order) {
    BinaryNode<K> root = null;
    for (K key : keys) {
      if (root == null) {
        root = new BinaryNode<>(key);
        continue;
      }
      BinaryNode<K> node = root;
      while (true) {
        int c = order.compare(key, node.key);
        if (c == 0) {
          break;
        }
        BinaryNode<K> next = c < 0 ? node.left : node.right;
        if (next == null) {
          if (c < 0) {
            node.left = new BinaryNode<>(key);
          } else {
            node.right = new BinaryNode<>(key);
          }
          break;
        }
        node = next;
      }
    }
    return root;
  }

  /**
   * Returns a search tree of the keys {@code 0, 2, ..., 2(n-1)} (so that odd keys are absent) in
   * the shape of a tree family: {@code BALANCED} (height about log₂ n), {@code RANDOM_TREE} (the
   * keys inserted in a fixed shuffled order) or {@code CHAIN} (every node a right child).
   *
   * @param family the shape
   * @param n the number of keys
   * @return the root, or {@code null} when {@code n} is 0
   * @throws IllegalArgumentException if {@code family} is not a tree family
   */
  public static BinaryNode<Integer> searchTree(InputFamily family, int n) {
    switch (family) {
      case BALANCED:
        return balanced(Inputs.ascending(n));
      case RANDOM_TREE:
        List<Integer> keys = new ArrayList<>();
        for (Integer key : Inputs.shuffled(n)) {
          keys.add(2 * key);
        }
        return insertAll(keys, Comparator.naturalOrder());
      case CHAIN:
        BinaryNode<Integer> root = null;
        for (int key = n - 1; key >= 0; key--) {
          root = new BinaryNode<>(2 * key, null, root);
        }
        return root;
      default:
        throw new IllegalArgumentException(family + " is not a tree family");
    }
  }

  /**
   * Returns the search tree {@code 0 -> 1 -> ... -> n-1} in which every node has only a right
   * child: valid, but as deep as a linked list.
   *
   * @param n the number of nodes
   * @return the root, or {@code null} when {@code n} is 0
   */
  public static BinaryNode<Integer> rightChain(int n) {
    BinaryNode<Integer> root = null;
    for (int key = n - 1; key >= 0; key--) {
      root = new BinaryNode<>(key, null, root);
    }
    return root;
  }

  /**
   * Returns the keys in order (left subtree, node, right subtree).
   *
   * @param root the tree
   * @param <K> the type of keys
   * @return a new list
   */
  public static <K> List<K> keysInOrder(BinaryNode<K> root) {
    List<K> keys = new ArrayList<>();
    Deque<BinaryNode<K>> stack = new ArrayDeque<>();
    BinaryNode<K> node = root;
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
   * Tells whether the in-order keys are strictly ascending, which is exactly when the tree is a
   * search tree without duplicates.
   *
   * @param root the tree
   * @param order the order
   * @param <K> the type of keys
   * @return true for a valid search tree
   */
  public static <K> boolean isSearchTree(BinaryNode<K> root, Comparator<? super K> order) {
    List<K> keys = keysInOrder(root);
    for (int i = 1; i < keys.size(); i++) {
      if (order.compare(keys.get(i - 1), keys.get(i)) >= 0) {
        return false;
      }
    }
    return true;
  }
}
