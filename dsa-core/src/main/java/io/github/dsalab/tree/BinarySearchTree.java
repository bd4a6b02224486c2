package io.github.dsalab.tree;

import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;

/**
 * The textbook binary search tree: every key in a node's left subtree is smaller than the node's
 * key and every key in its right subtree is larger, and nothing more. Keys inserted in random
 * order give nodes an average depth of about {@code 2 ln n} (≈ {@code 1.39 log₂ n}); keys
 * inserted in sorted order give a single path of height {@code n}, and every operation then walks
 * the whole of it.
 * {@link AvlTree} is the same tree with rebalancing added.
 *
 * <p>It is a full {@link java.util.NavigableMap}, usable wherever a {@link java.util.TreeMap} is:
 * range views ({@code subMap}, {@code headMap}, {@code tailMap}, {@code descendingMap}) and their
 * views are live, iterators are fail-fast and support {@code remove}, entries from an
 * {@code entrySet()} iterator support {@code setValue}, entries returned by lookups such as
 * {@code firstEntry()} are immutable snapshots. Null values are allowed; null keys only if the
 * comparator accepts them. No operation recurses along the height, so even a degenerate tree of a
 * million keys cannot overflow the call stack. Not thread-safe.
 *
 * <table class="striped">
 *   <caption>Cost for {@code n} keys ({@code h} is the height: {@code O(log n)} on average over
 *   random insertion orders, {@code n} in the worst case)</caption>
 *   <tr><th>operation</th><th>average (random keys)</th><th>worst (sorted keys)</th></tr>
 *   <tr><td>{@code get}, {@code containsKey}, {@code put}, {@code remove}</td>
 *       <td>{@code O(log n)}</td><td>{@code O(n)}</td></tr>
 *   <tr><td>{@code first/last}, {@code floor/ceiling/lower/higher}, {@code poll}</td>
 *       <td>{@code O(log n)}</td><td>{@code O(n)}</td></tr>
 *   <tr><td>{@code rank}, {@code select}, {@code size()} of a range view</td>
 *       <td>{@code O(log n)}</td><td>{@code O(n)}</td></tr>
 *   <tr><td>{@code size}, {@code clear}, {@code isEmpty}</td>
 *       <td>{@code O(1)}</td><td>{@code O(1)}</td></tr>
 *   <tr><td>full iteration, each traversal, {@code height}, {@code containsValue}</td>
 *       <td>{@code O(n)}</td><td>{@code O(n)}</td></tr>
 *   <tr><td>one iterator step</td><td>{@code O(1)} amortised</td><td>{@code O(h)}</td></tr>
 *   <tr><td>copy of a {@link SortedMap} with the same order</td>
 *       <td>{@code O(n)}</td><td>{@code O(n)}</td></tr>
 *   <tr><td>extra space</td><td colspan="2">{@code O(n)} nodes; traversals use an
 *       {@code O(h)} stack (level order an {@code O(width)} queue) on the heap</td></tr>
 * </table>
 *
 * <pre>{@code
 * BinarySearchTree<String, Integer> ages = new BinarySearchTree<>();
 * ages.put("carol", 41); ages.put("alice", 37); ages.put("bob", 29);
 * ages.firstKey(); // "alice"; ages.preorder() is [carol, alice, bob]; ages.height() is 3
 * }</pre>
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class BinarySearchTree<K, V> extends AbstractBinaryTreeMap<K, V> {

  /** Creates an empty tree ordered by the keys' natural order. */
  public BinarySearchTree() {
    super(null);
  }

  /**
   * Creates an empty tree ordered by {@code comparator}.
   *
   * @param comparator the order of the keys, or null for their natural order
   */
  public BinarySearchTree(Comparator<? super K> comparator) {
    super(comparator);
  }

  /**
   * Creates a tree, ordered by the keys' natural order, holding the mappings of {@code map}.
   *
   * @param map the mappings to copy
   * @throws NullPointerException if {@code map} or one of its keys is null
   * @throws ClassCastException if the keys are not mutually comparable
   */
  public BinarySearchTree(Map<? extends K, ? extends V> map) {
    super(null);
    putAll(map);
  }

  /**
   * Creates a perfectly balanced tree, with the same order and mappings as {@code map}, in
   * {@code O(n)}.
   *
   * @param map the sorted mappings to copy
   * @throws NullPointerException if {@code map} is null
   */
  public BinarySearchTree(SortedMap<K, ? extends V> map) {
    super(Objects.requireNonNull(map, "map").comparator());
    putAll(map);
  }

  /** The textbook tree takes whatever shape the insertion order gives it. */
  @Override
  void rebalanceFrom(Node<K, V> node) {}
}
