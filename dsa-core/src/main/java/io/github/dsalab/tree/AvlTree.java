package io.github.dsalab.tree;

import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;

/**
 * An AVL tree (Adelson-Velsky and Landis, 1962): a binary search tree that keeps, at every node,
 * the heights of the two subtrees within one of each other. That single rule bounds the height by
 * {@code 1.44 log₂(n + 2)}, so every search, insertion and deletion is {@code O(log n)} whatever
 * the order of the keys, sorted input included.
 *
 * <p>After an insertion or deletion the tree walks back from the change to the root, recomputing
 * each node's height; a node whose subtrees now differ by two is repaired by a rotation, a local
 * relinking that keeps the keys in order. A right rotation at {@code y} lifts its left child
 * {@code x}; the subtree {@code B} of keys between {@code x} and {@code y} changes sides:
 *
 * <pre>
 *         y                 x
 *        / \               / \
 *       x   C    ==&gt;      A   y
 *      / \                   / \
 *     A   B                 B   C
 * </pre>
 *
 * <p>If the taller grandchild is an inner one ({@code B} above), one rotation is not enough: first
 * rotate {@code x} left, then {@code y} right (a "double rotation"). The left rotation is the
 * mirror image. Each rotation is {@code O(1)}, and every operation rotates at most
 * {@code O(log n)} times.
 *
 * <p>It is a full {@link java.util.NavigableMap}, usable wherever a {@link java.util.TreeMap} is:
 * live range and descending views down to any depth, fail-fast iterators with {@code remove},
 * write-through {@code setValue} on iterated entries and immutable snapshots from lookups. Null
 * values are allowed; null keys only if the comparator accepts them. Not thread-safe.
 *
 * <p><b>Performance.</b> {@code put} descends without writing, calling {@code compareTo}
 * directly under the natural order as {@code TreeMap} does, counts the sizes up the path it
 * walked, and retraces by the heights on that path, which are still in the cache; {@code get} is
 * the same loop as {@code TreeMap}'s. A node takes 40 bytes, like a {@code TreeMap} entry (size
 * and height fill the padding that holds a colour there). {@code ./lab ratios --pairs avl-tree}
 * (paired JMH forks, n = 10⁶ random keys put then got, against {@code TreeMap}): median ratios
 * 0.62 (range 0.32-0.76) with three warm-up calls per fork, 2.44 (1.23-3.65) with two,
 * 0.82 (0.61-1.02) with five: the median meets the goal of 1.00 in two runs of
 * three. The short warm-up's run favoured {@code TreeMap}; a plausible cause, not checked, is
 * that the JVM's own code had already made it hot. The README has the tables.
 *
 * <table class="striped">
 *   <caption>Cost for {@code n} keys (worst case; height at most
 *   {@code 1.44 log₂(n + 2)})</caption>
 *   <tr><th>operation</th><th>time</th></tr>
 *   <tr><td>{@code get}, {@code containsKey}</td>
 *       <td>{@code O(log n)}, at most {@code height} comparisons</td></tr>
 *   <tr><td>{@code put}, {@code remove}, {@code pollFirstEntry}, {@code pollLastEntry}</td>
 *       <td>{@code O(log n)}</td></tr>
 *   <tr><td>{@code first/last}, {@code floor/ceiling/lower/higher}</td>
 *       <td>{@code O(log n)}</td></tr>
 *   <tr><td>{@code rank}, {@code select}, {@code size()} of a range view</td>
 *       <td>{@code O(log n)}</td></tr>
 *   <tr><td>{@code size}, {@code height}, {@code clear}, {@code isEmpty}</td>
 *       <td>{@code O(1)}</td></tr>
 *   <tr><td>full iteration, each traversal, {@code containsValue}</td><td>{@code O(n)}</td></tr>
 *   <tr><td>one iterator step</td><td>{@code O(1)} amortised, {@code O(log n)} worst</td></tr>
 *   <tr><td>copy of a {@link SortedMap} with the same order</td><td>{@code O(n)}</td></tr>
 *   <tr><td>extra space</td><td>{@code O(n)} nodes, each a key, a value, three links, a size
 *       and a height</td></tr>
 * </table>
 *
 * <pre>{@code
 * AvlTree<Integer, String> tree = new AvlTree<>();
 * for (int i = 1; i <= 7; i++) tree.put(i, "v" + i);   // sorted input, yet:
 * tree.height(); // 3, and tree.levelOrder() is [4, 2, 6, 1, 3, 5, 7]
 * }</pre>
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class AvlTree<K, V> extends AbstractBinaryTreeMap<K, V> {

  /** Creates an empty tree ordered by the keys' natural order. */
  public AvlTree() {
    super(null);
  }

  /**
   * Creates an empty tree ordered by {@code comparator}.
   *
   * @param comparator the order of the keys, or null for their natural order
   */
  public AvlTree(Comparator<? super K> comparator) {
    super(comparator);
  }

  /**
   * Creates a tree, ordered by the keys' natural order, holding the mappings of {@code map}.
   *
   * @param map the mappings to copy
   * @throws NullPointerException if {@code map} or one of its keys is null
   * @throws ClassCastException if the keys are not mutually comparable
   */
  public AvlTree(Map<? extends K, ? extends V> map) {
    super(null);
    putAll(map);
  }

  /**
   * Creates a tree with the same order and mappings as {@code map}, in {@code O(n)}.
   *
   * @param map the sorted mappings to copy
   * @throws NullPointerException if {@code map} is null
   */
  public AvlTree(SortedMap<K, ? extends V> map) {
    super(Objects.requireNonNull(map, "map").comparator());
    putAll(map);
  }

  /**
   * Climbs towards the root, recomputing heights and rotating where a node is out of balance, and
   * stops at the first subtree whose height did not change: nothing above it can have changed.
   * After an insertion that happens at the latest after the first rotation, so an insertion rotates
   * at most twice; a deletion may rotate on every level.
   */
  @Override
  void rebalanceFrom(Node<K, V> node) {
    while (node != null) {
      int before = node.height;
      Node<K, V> top = rebalance(node);
      assert Math.abs(Node.heightOf(top.left) - Node.heightOf(top.right)) <= 1 : top.key;
      if (top.height == before) {
        return;
      }
      node = top.parent;
    }
  }

  /**
   * The insertion-only retrace: the same outcome as {@link #rebalanceFrom(Node)}, but it mostly
   * decides from the heights on the path alone. Each node on that path was touched by the descent
   * and sits in the cache; its other child usually does not, and reading it costs a memory miss.
   */
  @Override
  void rebalanceAfterInsert(Node<K, V> added) {
    Node<K, V> child = added;
    for (Node<K, V> node = child.parent; node != null; node = node.parent) {
      int grown = child.height + 1;
      if (grown <= node.height) {
        // The child grew by one but is still lower than its sibling was: the sibling must have
        // been the taller one, so the two are now equal and neither height nor balance changed.
        return;
      }
      // The child is now as high as the node was; the sibling is one or two levels lower.
      Node<K, V> sibling = node.left == child ? node.right : node.left;
      if (Node.heightOf(sibling) == node.height - 1) {
        node.height = grown;
        child = node;
        continue;
      }
      // Two levels apart: one rotation (or two) brings the subtree back to its old height, so
      // nothing above it changes.
      rebalance(node);
      return;
    }
  }

  /** Restores the AVL condition at {@code node}; returns the node now at its place. */
  private Node<K, V> rebalance(Node<K, V> node) {
    node.update();
    int balance = Node.heightOf(node.left) - Node.heightOf(node.right);
    if (balance > 1) {
      if (Node.heightOf(node.left.left) < Node.heightOf(node.left.right)) {
        rotateLeft(node.left);
      }
      return rotateRight(node);
    }
    if (balance < -1) {
      if (Node.heightOf(node.right.right) < Node.heightOf(node.right.left)) {
        rotateRight(node.right);
      }
      return rotateLeft(node);
    }
    return node;
  }

  /** Lifts {@code top}'s left child into its place (the picture in the class comment). */
  private Node<K, V> rotateRight(Node<K, V> top) {
    Node<K, V> lifted = top.left;
    top.left = lifted.right;
    if (lifted.right != null) {
      lifted.right.parent = top;
    }
    replaceChild(top, lifted);
    lifted.right = top;
    top.parent = lifted;
    top.update();
    lifted.update();
    return lifted;
  }

  /** Lifts {@code top}'s right child into its place (the mirror image of {@link #rotateRight}). */
  private Node<K, V> rotateLeft(Node<K, V> top) {
    Node<K, V> lifted = top.right;
    top.right = lifted.left;
    if (lifted.left != null) {
      lifted.left.parent = top;
    }
    replaceChild(top, lifted);
    lifted.left = top;
    top.parent = lifted;
    top.update();
    lifted.update();
    return lifted;
  }

  /**
   * Returns the number of nodes on the longest path from the root down to a leaf: 0 for an empty
   * tree, 1 for a single key, never more than {@code 1.44 log₂(n + 2)}. {@code O(1)}: every node
   * keeps its subtree's height, which is how the tree notices an imbalance.
   *
   * @return the height
   */
  @Override
  public int height() {
    return Node.heightOf(root);
  }

  /** Whether every node's subtrees differ in height by at most one (by their cached heights). */
  boolean isBalanced() {
    return allNodes(node -> Math.abs(Node.heightOf(node.left) - Node.heightOf(node.right)) <= 1);
  }

  /** Whether every node's cached height is one more than its taller child's. */
  boolean isHeightConsistent() {
    return allNodes(
        node -> node.height == 1 + Math.max(Node.heightOf(node.left), Node.heightOf(node.right)));
  }

  @Override
  boolean check() {
    return super.check() && isHeightConsistent() && isBalanced();
  }
}
