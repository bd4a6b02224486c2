package io.github.dsalab.tree;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;

/**
 * The part of the {@link NavigableMap} contract that a whole tree and each of its range or
 * descending views share, written once on top of a handful of node-level primitives.
 *
 * <p>Every primitive speaks in this view's own order: for a descending view {@link #firstNode()}
 * is the largest key in range and {@link #higherNode} looks downwards. A whole tree implements the
 * primitives directly; a {@link RangeView} clips the tree's answers to its bounds.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
abstract class NavigableView<K, V> extends AbstractMap<K, V> implements NavigableMap<K, V> {
  private Set<Map.Entry<K, V>> entrySet;

  /** Returns the tree behind this view (the tree itself for a whole tree). */
  abstract AbstractBinaryTreeMap<K, V> tree();

  /** Returns the node holding {@code key} if it is present and in this view's range, else null. */
  abstract Node<K, V> nodeInView(Object key);

  abstract Node<K, V> firstNode();

  abstract Node<K, V> lastNode();

  abstract Node<K, V> ceilingNode(K key);

  abstract Node<K, V> floorNode(K key);

  abstract Node<K, V> higherNode(K key);

  abstract Node<K, V> lowerNode(K key);

  /** Returns a fail-fast iterator over the live nodes of this view, in this view's order. */
  abstract Iterator<Map.Entry<K, V>> entryIterator();

  // AbstractMap builds size() and clear() on entrySet(), whose own size() and clear() come back
  // here: each view must say how it counts and clears.
  @Override
  public abstract int size();

  @Override
  public abstract void clear();

  // ---------------------------------------------------------------- lookups through the primitives

  /**
   * Returns the value stored under {@code key}, or null if there is none (or it is out of this
   * view's range); {@code O(height)}.
   */
  @Override
  public V get(Object key) {
    Node<K, V> node = nodeInView(key);
    return node == null ? null : node.value;
  }

  /** Returns whether {@code key} is present (and in this view's range); {@code O(height)}. */
  @Override
  public boolean containsKey(Object key) {
    return nodeInView(key) != null;
  }

  /** Removes {@code key} and returns its value, or null if it was absent; {@code O(height)}. */
  @Override
  public V remove(Object key) {
    Node<K, V> node = nodeInView(key);
    if (node == null) {
      return null;
    }
    V old = node.value;
    tree().deleteNode(node);
    return old;
  }

  /** Returns whether this view holds no keys; {@code O(height)}. */
  @Override
  public boolean isEmpty() {
    return firstNode() == null;
  }

  /** Returns a snapshot of the first entry, or null if empty; {@code O(height)}. */
  @Override
  public Map.Entry<K, V> firstEntry() {
    return snapshot(firstNode());
  }

  /** Returns a snapshot of the last entry, or null if empty; {@code O(height)}. */
  @Override
  public Map.Entry<K, V> lastEntry() {
    return snapshot(lastNode());
  }

  /** Removes the first entry and returns a snapshot of it, or null if empty; {@code O(height)}. */
  @Override
  public Map.Entry<K, V> pollFirstEntry() {
    return poll(firstNode());
  }

  /** Removes the last entry and returns a snapshot of it, or null if empty; {@code O(height)}. */
  @Override
  public Map.Entry<K, V> pollLastEntry() {
    return poll(lastNode());
  }

  /** Returns the first key; {@code O(height)}. Throws {@link NoSuchElementException} if empty. */
  @Override
  public K firstKey() {
    return keyOrThrow(firstNode());
  }

  /** Returns the last key; {@code O(height)}. Throws {@link NoSuchElementException} if empty. */
  @Override
  public K lastKey() {
    return keyOrThrow(lastNode());
  }

  /**
   * Returns a snapshot of the entry with the greatest key strictly before {@code key}, or null;
   * {@code O(height)}.
   */
  @Override
  public Map.Entry<K, V> lowerEntry(K key) {
    return snapshot(lowerNode(key));
  }

  /** Returns the greatest key strictly before {@code key}, or null; {@code O(height)}. */
  @Override
  public K lowerKey(K key) {
    return keyOrNull(lowerNode(key));
  }

  /**
   * Returns a snapshot of the entry with the greatest key at or before {@code key}, or null; {@code
   * O(height)}.
   */
  @Override
  public Map.Entry<K, V> floorEntry(K key) {
    return snapshot(floorNode(key));
  }

  /** Returns the greatest key at or before {@code key}, or null; {@code O(height)}. */
  @Override
  public K floorKey(K key) {
    return keyOrNull(floorNode(key));
  }

  /**
   * Returns a snapshot of the entry with the least key at or after {@code key}, or null; {@code
   * O(height)}.
   */
  @Override
  public Map.Entry<K, V> ceilingEntry(K key) {
    return snapshot(ceilingNode(key));
  }

  /** Returns the least key at or after {@code key}, or null; {@code O(height)}. */
  @Override
  public K ceilingKey(K key) {
    return keyOrNull(ceilingNode(key));
  }

  /**
   * Returns a snapshot of the entry with the least key strictly after {@code key}, or null; {@code
   * O(height)}.
   */
  @Override
  public Map.Entry<K, V> higherEntry(K key) {
    return snapshot(higherNode(key));
  }

  /** Returns the least key strictly after {@code key}, or null; {@code O(height)}. */
  @Override
  public K higherKey(K key) {
    return keyOrNull(higherNode(key));
  }

  // ---------------------------------------------------------------- views

  /**
   * Returns a live view of the keys from {@code fromKey} (inclusive) to {@code toKey} (exclusive),
   * in {@code O(1)}.
   */
  @Override
  public SortedMap<K, V> subMap(K fromKey, K toKey) {
    return subMap(fromKey, true, toKey, false);
  }

  /** Returns a live view of the keys strictly before {@code toKey}, in {@code O(1)}. */
  @Override
  public SortedMap<K, V> headMap(K toKey) {
    return headMap(toKey, false);
  }

  /** Returns a live view of the keys from {@code fromKey} on, in {@code O(1)}. */
  @Override
  public SortedMap<K, V> tailMap(K fromKey) {
    return tailMap(fromKey, true);
  }

  /** Returns the keys as a live {@link NavigableSet}, in {@code O(1)}. */
  @Override
  public Set<K> keySet() {
    return navigableKeySet();
  }

  /** Returns the keys as a live {@link NavigableSet}, in {@code O(1)}. */
  @Override
  public NavigableSet<K> navigableKeySet() {
    return new KeySetView<>(this);
  }

  /** Returns the keys in reverse order as a live {@link NavigableSet}, in {@code O(1)}. */
  @Override
  public NavigableSet<K> descendingKeySet() {
    return descendingMap().navigableKeySet();
  }

  /**
   * Returns the entries as a live set whose iterator hands out entries that support {@code
   * setValue} (it writes through) and {@code remove}.
   */
  @Override
  public Set<Map.Entry<K, V>> entrySet() {
    Set<Map.Entry<K, V>> result = entrySet;
    if (result == null) {
      result = new EntrySetView();
      entrySet = result;
    }
    return result;
  }

  // ---------------------------------------------------------------- helpers

  private Map.Entry<K, V> poll(Node<K, V> node) {
    if (node == null) {
      return null;
    }
    Map.Entry<K, V> entry = snapshot(node);
    tree().deleteNode(node);
    return entry;
  }

  /**
   * Entries returned by lookups are frozen copies: like {@code TreeMap}'s, they reject setValue.
   */
  static <K, V> Map.Entry<K, V> snapshot(Node<K, V> node) {
    return node == null ? null : new AbstractMap.SimpleImmutableEntry<>(node.key, node.value);
  }

  static <K> K keyOrNull(Node<K, ?> node) {
    return node == null ? null : node.key;
  }

  static <K> K keyOrThrow(Node<K, ?> node) {
    if (node == null) {
      throw new NoSuchElementException("the map is empty");
    }
    return node.key;
  }

  /**
   * The entries of this view; its iterator hands out the live nodes, so setValue writes through.
   */
  private final class EntrySetView extends AbstractSet<Map.Entry<K, V>> {
    @Override
    public Iterator<Map.Entry<K, V>> iterator() {
      return entryIterator();
    }

    @Override
    public int size() {
      return NavigableView.this.size();
    }

    @Override
    public boolean isEmpty() {
      return NavigableView.this.isEmpty();
    }

    @Override
    public boolean contains(Object object) {
      return matchingNode(object) != null;
    }

    @Override
    public boolean remove(Object object) {
      Node<K, V> node = matchingNode(object);
      if (node == null) {
        return false;
      }
      tree().deleteNode(node);
      return true;
    }

    @Override
    public void clear() {
      NavigableView.this.clear();
    }

    private Node<K, V> matchingNode(Object object) {
      if (!(object instanceof Map.Entry<?, ?> entry)) {
        return null;
      }
      Node<K, V> node = nodeInView(entry.getKey());
      return node != null && Objects.equals(node.value, entry.getValue()) ? node : null;
    }
  }
}
