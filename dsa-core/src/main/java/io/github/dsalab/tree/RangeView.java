package io.github.dsalab.tree;

import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.function.Function;

/**
 * A live window on a tree: the keys between two optional bounds, seen upwards or downwards. This
 * is what {@code subMap}, {@code headMap}, {@code tailMap} and {@code descendingMap} return, and a
 * view of a view is again one of these, with tighter bounds or the direction flipped.
 *
 * <p>The bounds are stored in the tree's own ("absolute") order whatever the direction; the
 * direction only decides which absolute question answers a question in the view's order, for
 * example {@code firstNode()} is the lowest key in range upwards and the highest downwards.
 *
 * <p>{@link #size()} costs {@code O(height)}, not {@code O(size)} as in {@code TreeMap}: it
 * subtracts two ranks, which the subtree sizes in each node answer on one root-to-leaf path.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
final class RangeView<K, V> extends NavigableView<K, V> {
  private final AbstractBinaryTreeMap<K, V> tree;
  private final boolean fromStart;
  private final K low;
  private final boolean lowInclusive;
  private final boolean toEnd;
  private final K high;
  private final boolean highInclusive;
  private final boolean descending;

  RangeView(
      AbstractBinaryTreeMap<K, V> tree,
      boolean fromStart,
      K low,
      boolean lowInclusive,
      boolean toEnd,
      K high,
      boolean highInclusive,
      boolean descending) {
    this.tree = tree;
    this.fromStart = fromStart;
    this.low = low;
    this.lowInclusive = lowInclusive;
    this.toEnd = toEnd;
    this.high = high;
    this.highInclusive = highInclusive;
    this.descending = descending;
  }

  /** The whole tree seen in the given direction. */
  static <K, V> RangeView<K, V> whole(AbstractBinaryTreeMap<K, V> tree, boolean descending) {
    return new RangeView<>(tree, true, null, false, true, null, false, descending);
  }

  @Override
  AbstractBinaryTreeMap<K, V> tree() {
    return tree;
  }

  // ---------------------------------------------------------------- range tests, absolute order

  private boolean tooLow(Object key) {
    if (fromStart) {
      return false;
    }
    int c = tree.compare(key, low);
    return c < 0 || (c == 0 && !lowInclusive);
  }

  private boolean tooHigh(Object key) {
    if (toEnd) {
      return false;
    }
    int c = tree.compare(key, high);
    return c > 0 || (c == 0 && !highInclusive);
  }

  private boolean inRange(Object key) {
    return !tooLow(key) && !tooHigh(key);
  }

  /**
   * Whether a new bound at {@code key} lies inside this view; an exclusive bound may sit on ours.
   */
  private boolean acceptsBound(Object key, boolean inclusive) {
    if (inclusive) {
      return inRange(key);
    }
    return (fromStart || tree.compare(key, low) >= 0) && (toEnd || tree.compare(key, high) <= 0);
  }

  String rangeText() {
    String from = fromStart ? "(-infinity" : (lowInclusive ? "[" : "(") + low;
    String to = toEnd ? "+infinity)" : high + (highInclusive ? "]" : ")");
    return from + ", " + to;
  }

  // ---------------------------------------------------------------- absolute navigation in range

  private Node<K, V> belowHigh(Node<K, V> node) {
    return node == null || tooHigh(node.key) ? null : node;
  }

  private Node<K, V> aboveLow(Node<K, V> node) {
    return node == null || tooLow(node.key) ? null : node;
  }

  private Node<K, V> lowest() {
    if (fromStart) {
      return belowHigh(tree.firstNode());
    }
    return belowHigh(lowInclusive ? tree.ceilingNode(low) : tree.higherNode(low));
  }

  private Node<K, V> highest() {
    if (toEnd) {
      return aboveLow(tree.lastNode());
    }
    return aboveLow(highInclusive ? tree.floorNode(high) : tree.lowerNode(high));
  }

  private Node<K, V> absoluteCeiling(K key) {
    return tooLow(key) ? lowest() : belowHigh(tree.ceilingNode(key));
  }

  private Node<K, V> absoluteHigher(K key) {
    return tooLow(key) ? lowest() : belowHigh(tree.higherNode(key));
  }

  private Node<K, V> absoluteFloor(K key) {
    return tooHigh(key) ? highest() : aboveLow(tree.floorNode(key));
  }

  private Node<K, V> absoluteLower(K key) {
    return tooHigh(key) ? highest() : aboveLow(tree.lowerNode(key));
  }

  // ---------------------------------------------------------------- primitives, in view order

  @Override
  Node<K, V> nodeInView(Object key) {
    tree.checkKey(key, "key");
    return inRange(key) ? tree.getNode(key) : null;
  }

  @Override
  Node<K, V> firstNode() {
    return descending ? highest() : lowest();
  }

  @Override
  Node<K, V> lastNode() {
    return descending ? lowest() : highest();
  }

  @Override
  Node<K, V> ceilingNode(K key) {
    tree.checkKey(key, "key");
    return descending ? absoluteFloor(key) : absoluteCeiling(key);
  }

  @Override
  Node<K, V> floorNode(K key) {
    tree.checkKey(key, "key");
    return descending ? absoluteCeiling(key) : absoluteFloor(key);
  }

  @Override
  Node<K, V> higherNode(K key) {
    tree.checkKey(key, "key");
    return descending ? absoluteLower(key) : absoluteHigher(key);
  }

  @Override
  Node<K, V> lowerNode(K key) {
    tree.checkKey(key, "key");
    return descending ? absoluteHigher(key) : absoluteLower(key);
  }

  @Override
  Iterator<Map.Entry<K, V>> entryIterator() {
    return iterator(node -> node);
  }

  private <T> Iterator<T> iterator(Function<? super Node<K, V>, ? extends T> projection) {
    if (descending) {
      Node<K, V> fence =
          fromStart ? null : lowInclusive ? tree.lowerNode(low) : tree.floorNode(low);
      return new TreeIterator<>(tree, highest(), fence, true, projection);
    }
    Node<K, V> fence =
        toEnd ? null : highInclusive ? tree.higherNode(high) : tree.ceilingNode(high);
    return new TreeIterator<>(tree, lowest(), fence, false, projection);
  }

  // ---------------------------------------------------------------- map operations

  @Override
  public int size() {
    int above = toEnd ? tree.size() : tree.countBelow(high, highInclusive);
    int below = fromStart ? 0 : tree.countBelow(low, !lowInclusive);
    // An empty exclusive range (x, x) on a present key x counts -1: clamp.
    return Math.max(0, above - below);
  }

  @Override
  public V put(K key, V value) {
    tree.checkKey(key, "key");
    if (!inRange(key)) {
      throw new IllegalArgumentException("key " + key + " is out of range " + rangeText());
    }
    return tree.put(key, value);
  }

  @Override
  public void clear() {
    Iterator<Map.Entry<K, V>> entries = entryIterator();
    while (entries.hasNext()) {
      entries.next();
      entries.remove();
    }
  }

  @Override
  public Comparator<? super K> comparator() {
    Comparator<? super K> order = tree.comparator();
    return descending ? Collections.reverseOrder(order) : order;
  }

  // ---------------------------------------------------------------- views of this view

  @Override
  public NavigableMap<K, V> descendingMap() {
    return new RangeView<>(
        tree, fromStart, low, lowInclusive, toEnd, high, highInclusive, !descending);
  }

  @Override
  public NavigableMap<K, V> subMap(K fromKey, boolean fromInclusive, K toKey, boolean toInclusive) {
    tree.checkKey(fromKey, "fromKey");
    tree.checkKey(toKey, "toKey");
    int order = tree.compare(fromKey, toKey);
    if (descending ? order < 0 : order > 0) {
      throw new IllegalArgumentException(
          "fromKey " + fromKey + " comes after toKey " + toKey + " in this map's order");
    }
    checkBound(fromKey, fromInclusive, "fromKey");
    checkBound(toKey, toInclusive, "toKey");
    return descending
        ? new RangeView<>(tree, false, toKey, toInclusive, false, fromKey, fromInclusive, true)
        : new RangeView<>(tree, false, fromKey, fromInclusive, false, toKey, toInclusive, false);
  }

  @Override
  public NavigableMap<K, V> headMap(K toKey, boolean inclusive) {
    tree.checkKey(toKey, "toKey");
    checkBound(toKey, inclusive, "toKey");
    return descending
        ? new RangeView<>(tree, false, toKey, inclusive, toEnd, high, highInclusive, true)
        : new RangeView<>(tree, fromStart, low, lowInclusive, false, toKey, inclusive, false);
  }

  @Override
  public NavigableMap<K, V> tailMap(K fromKey, boolean inclusive) {
    tree.checkKey(fromKey, "fromKey");
    checkBound(fromKey, inclusive, "fromKey");
    return descending
        ? new RangeView<>(tree, fromStart, low, lowInclusive, false, fromKey, inclusive, true)
        : new RangeView<>(tree, false, fromKey, inclusive, toEnd, high, highInclusive, false);
  }

  private void checkBound(K key, boolean inclusive, String name) {
    if (!acceptsBound(key, inclusive)) {
      throw new IllegalArgumentException(name + " " + key + " is out of range " + rangeText());
    }
  }
}
