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
 * <p><b>Performance.</b> At n = 10⁶ the nodes (40 MB) outgrow the caches, and this tree and
 * {@code TreeMap} alike spend their time waiting for memory: the lab's timing pass measures a
 * comparison at 15 ns with 427 KiB of nodes and 50 ns with 13 MiB. A level of a search reads a
 * node, then the key it holds, two trips to memory one after the other, and only the comparison
 * says which child is next. So every level here reads both children, and both children's keys,
 * before it compares ({@code get} and {@code put} alike): the processor fetches the two candidates
 * while the key being compared arrives, and a level costs about one wait instead of two. The
 * comparisons are the same, in the same order. {@code put} counts the new key into the size of
 * each node it passes while that node is in the cache (a present key, or a comparison that
 * throws, takes the counts back), calls {@code compareTo} directly under the natural order as
 * {@code TreeMap} does, and repairs the balance from the nodes on the path alone: every node
 * caches its balance (left height minus right height) beside its height, two bytes that fit in
 * the padding of the 40-byte node (a {@code TreeMap} entry is 40 bytes too), so an insertion never
 * reads a sibling off the path, and a rotation takes the new sizes from the subtree that changes
 * sides. A node declares key, left and right first, so that those three share a cache line as
 * often as in a {@code TreeMap} entry (see {@code Node}).
 *
 * <p>Measured with {@code ./lab ratios} (paired JMH forks in ABBA order, 5 warm-up and 3 measured
 * 1-s iterations each; n = 10⁶ random keys put then got, against {@code TreeMap}; 2 cores, AMD
 * EPYC, OpenJDK 17, nothing else running). Before both children were read ahead and the sizes
 * counted on the way down: 1.090, 1.028, 0.917 and
 * 0.880 in four runs of 3 rounds (2026-12-01 and 12-02); this tree took 3,283-3,506 ms a call and
 * {@code TreeMap} 3,050-3,864 ms, the same code moving by ±12 % from one fork to the next.
 * After, on 2026-12-02: 1.011 (rounds 0.93-1.13) with 3 rounds at 02:29 UTC, then with 5 rounds,
 * the default for this pair since: 0.834 (0.81-0.93) at 02:46, 0.838 (0.67-0.95) at 02:58 and
 * 0.881 (0.81-1.07) at 03:18 UTC: the goal of 1.00 met on the median in all three, by every round
 * in the first two. Timed in one JVM instead (10 to 12 rounds
 * alternating {@code TreeMap} and this tree, fixed 3 GB heap, no fork between them), {@code put}
 * took 0.78 and {@code get} 0.86 of {@code TreeMap}'s time (medians over the rounds), against
 * 1.10 and 1.01 before.
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
 *   <tr><td>extra space</td><td>{@code O(n)} nodes, each a key, a value, three links, a size,
 *       a height and a balance</td></tr>
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
   * The insertion-only retrace: the same rotations as {@link #rebalanceFrom(Node)} would make, but
   * decided from the nodes on the path alone, by their cached balance. Each of them was touched by
   * the descent and sits in the cache; a sibling off the path usually does not, and reading its
   * height cost a memory miss. Sizes on the path are already counted up when this runs.
   */
  @Override
  void rebalanceAfterInsert(Node<K, V> added) {
    Node<K, V> child = added;
    for (Node<K, V> node = child.parent; node != null; child = node, node = node.parent) {
      boolean leftGrew = node.left == child;
      int toward = leftGrew ? 1 : -1; // the balance of a node leaning towards the grown side
      int lean = node.balance;
      if (lean == -toward) {
        node.balance = 0; // the shorter side caught up: the height is unchanged
        return;
      }
      if (lean == 0) {
        node.balance = (byte) toward; // one level higher, still within the rule: climb on
        node.height++;
        continue;
      }
      // The grown side is now two levels higher: one rotation, or two, restores the old height,
      // so nothing above changes. child's height is already its grown one.
      if (child.balance == toward) {
        lift(node, leftGrew);
        node.height--;
        node.balance = 0;
        child.balance = 0;
        return;
      }
      // The inner grandchild grew: lift it two levels, above both child and node.
      Node<K, V> grandchild = leftGrew ? child.right : child.left;
      int grandLean = grandchild.balance;
      lift(child, !leftGrew);
      lift(node, leftGrew);
      grandchild.height++;
      child.height--;
      node.height--;
      child.balance = (byte) (grandLean == -toward ? toward : 0);
      node.balance = (byte) (grandLean == toward ? -toward : 0);
      grandchild.balance = 0;
      return;
    }
  }

  /** Restores the AVL condition at {@code node}; returns the node now at its place. */
  private Node<K, V> rebalance(Node<K, V> node) {
    node.update();
    int balance = node.balance;
    if (balance > 1) {
      if (Node.heightOf(node.left.left) < Node.heightOf(node.left.right)) {
        rotate(node.left, false);
      }
      return rotate(node, true);
    }
    if (balance < -1) {
      if (Node.heightOf(node.right.right) < Node.heightOf(node.right.left)) {
        rotate(node.right, true);
      }
      return rotate(node, false);
    }
    return node;
  }

  /**
   * Lifts {@code top}'s left child (a right rotation, the picture in the class comment) or its
   * right child (a left rotation) into its place, and recomputes the heights and balances of the
   * two nodes from their children's.
   */
  private Node<K, V> rotate(Node<K, V> top, boolean leftChild) {
    Node<K, V> lifted = lift(top, leftChild);
    top.update();
    lifted.update();
    return lifted;
  }

  /**
   * Relinks a rotation at {@code top} that lifts its left child (or its right child) into its
   * place, and sets the two nodes' sizes; heights and balances are left to the caller. The sizes
   * need only the subtree that changes sides, whose parent link is written anyway: the subtree
   * that stays below {@code top} is not read.
   */
  private Node<K, V> lift(Node<K, V> top, boolean leftChild) {
    Node<K, V> lifted;
    Node<K, V> moved;
    if (leftChild) {
      lifted = top.left;
      moved = lifted.right;
      top.left = moved;
      lifted.right = top;
    } else {
      lifted = top.right;
      moved = lifted.left;
      top.right = moved;
      lifted.left = top;
    }
    if (moved != null) {
      moved.parent = top;
    }
    replaceChild(top, lifted);
    top.parent = lifted;
    int total = top.size;
    top.size = total - lifted.size + Node.sizeOf(moved);
    lifted.size = total;
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

  /** Whether every node's cached balance is its left child's height minus its right child's. */
  boolean isBalanceConsistent() {
    return allNodes(
        node -> node.balance == Node.heightOf(node.left) - Node.heightOf(node.right));
  }

  @Override
  boolean check() {
    return super.check() && isHeightConsistent() && isBalanceConsistent() && isBalanced();
  }
}
