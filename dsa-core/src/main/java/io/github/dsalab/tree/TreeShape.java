package io.github.dsalab.tree;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Objects;

/**
 * A read-only snapshot of the shape of a {@link BinarySearchTree} or an {@link AvlTree}: which key
 * sits where, to draw the tree or to check its form. The map interface hides the nodes on
 * purpose; this is how a learner (or a test, or a visualisation) sees them anyway, without being
 * able to break the tree.
 *
 * <p>Nodes are numbered in preorder: the root is node 0 (when the tree is not empty), and
 * {@link #left(int)} and {@link #right(int)} give a node's children, or -1 where there is none.
 * The snapshot does not follow later changes of the tree.
 *
 * <table class="striped">
 *   <caption>Cost, with n the number of keys</caption>
 *   <tr><th>operation</th><th>time</th></tr>
 *   <tr><td>{@code of}</td><td>{@code O(n)} time and space, no recursion (a degenerate tree
 *       is no risk)</td></tr>
 *   <tr><td>{@code size}, {@code key}, {@code left}, {@code right}</td><td>{@code O(1)}</td></tr>
 *   <tr><td>{@code equals}, {@code hashCode}</td><td>{@code O(n)}</td></tr>
 * </table>
 *
 * <pre>{@code
 * AvlTree<Integer, String> tree = new AvlTree<>();
 * for (int k : new int[] {1, 2, 3}) tree.put(k, "v" + k);   // the third put rotates
 * TreeShape<Integer> shape = TreeShape.of(tree);
 * shape.key(0);              // 2, the root
 * shape.key(shape.left(0));  // 1
 * }</pre>
 *
 * @param <K> the key type
 */
public final class TreeShape<K> {
  private final List<K> keys;
  private final int[] left;
  private final int[] right;

  private TreeShape(List<K> keys, int[] left, int[] right) {
    this.keys = keys;
    this.left = left;
    this.right = right;
  }

  /**
   * Returns the shape of {@code tree} as it is now.
   *
   * @param tree a binary search tree
   * @param <K> the key type
   * @return a snapshot of its shape
   * @throws NullPointerException if {@code tree} is null
   */
  public static <K> TreeShape<K> of(BinarySearchTree<K, ?> tree) {
    return snapshot(Objects.requireNonNull(tree, "tree").root, tree.size());
  }

  /**
   * Returns the shape of {@code tree} as it is now.
   *
   * @param tree an AVL tree
   * @param <K> the key type
   * @return a snapshot of its shape
   * @throws NullPointerException if {@code tree} is null
   */
  public static <K> TreeShape<K> of(AvlTree<K, ?> tree) {
    return snapshot(Objects.requireNonNull(tree, "tree").root, tree.size());
  }

  private static <K> TreeShape<K> snapshot(Node<K, ?> root, int size) {
    List<K> keys = new ArrayList<>(size);
    int[] left = new int[size];
    int[] right = new int[size];
    // Preorder with an explicit stack; each entry remembers which parent slot to fill.
    Deque<Node<K, ?>> nodes = new ArrayDeque<>();
    Deque<int[]> links = new ArrayDeque<>();
    if (root != null) {
      nodes.push(root);
      links.push(new int[] {-1, 0});
    }
    while (!nodes.isEmpty()) {
      Node<K, ?> node = nodes.pop();
      int[] link = links.pop();
      int id = keys.size();
      keys.add(node.key);
      left[id] = -1;
      right[id] = -1;
      if (link[0] >= 0) {
        (link[1] == 0 ? left : right)[link[0]] = id;
      }
      if (node.right != null) {
        nodes.push(node.right);
        links.push(new int[] {id, 1});
      }
      if (node.left != null) {
        nodes.push(node.left);
        links.push(new int[] {id, 0});
      }
    }
    return new TreeShape<>(List.copyOf(keys), left, right);
  }

  /**
   * Returns the number of nodes.
   *
   * @return the size of the tree when the snapshot was taken
   */
  public int size() {
    return keys.size();
  }

  /**
   * Returns the key of a node.
   *
   * @param node a node number, from 0 (the root) to {@code size() - 1}
   * @return its key
   * @throws IndexOutOfBoundsException if {@code node} is not a node number
   */
  public K key(int node) {
    return keys.get(node);
  }

  /**
   * Returns a node's left child.
   *
   * @param node a node number
   * @return the left child's number, or -1 if there is none
   * @throws IndexOutOfBoundsException if {@code node} is not a node number
   */
  public int left(int node) {
    return left[Objects.checkIndex(node, keys.size())];
  }

  /**
   * Returns a node's right child.
   *
   * @param node a node number
   * @return the right child's number, or -1 if there is none
   * @throws IndexOutOfBoundsException if {@code node} is not a node number
   */
  public int right(int node) {
    return right[Objects.checkIndex(node, keys.size())];
  }

  /**
   * Returns the keys in preorder, that is by node number.
   *
   * @return an unmodifiable list
   */
  public List<K> preorder() {
    return keys;
  }

  /** Two shapes are equal if they have the same keys in the same places. */
  @Override
  public boolean equals(Object other) {
    return other instanceof TreeShape<?> shape && keys.equals(shape.keys) && Arrays.equals(left, shape.left)
        && Arrays.equals(right, shape.right);
  }

  @Override
  public int hashCode() {
    return (keys.hashCode() * 31 + Arrays.hashCode(left)) * 31 + Arrays.hashCode(right);
  }

  /** Returns the shape in preorder, children in parentheses: {@code 2(1, 3)}, {@code 1(-, 2)}. */
  @Override
  public String toString() {
    if (keys.isEmpty()) {
      return "empty";
    }
    StringBuilder text = new StringBuilder();
    // Iterative: a work item is a node to print, or a piece of punctuation.
    Deque<Object> work = new ArrayDeque<>();
    work.push(0);
    while (!work.isEmpty()) {
      Object item = work.pop();
      if (item instanceof String punctuation) {
        text.append(punctuation);
        continue;
      }
      int node = (Integer) item;
      if (node < 0) {
        text.append('-');
        continue;
      }
      text.append(keys.get(node));
      if (left[node] >= 0 || right[node] >= 0) {
        work.push(")");
        work.push(right[node]);
        work.push(", ");
        work.push(left[node]);
        work.push("(");
      }
    }
    return text.toString();
  }
}
