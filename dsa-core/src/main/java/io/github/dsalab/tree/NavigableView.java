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

  @Override
  public V get(Object key) {
    Node<K, V> node = nodeInView(key);
    return node == null ? null : node.value;
  }

  @Override
  public boolean containsKey(Object key) {
    return nodeInView(key) != null;
  }

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

  @Override
  public boolean isEmpty() {
    return firstNode() == null;
  }

  @Override
  public Map.Entry<K, V> firstEntry() {
    return snapshot(firstNode());
  }

  @Override
  public Map.Entry<K, V> lastEntry() {
    return snapshot(lastNode());
  }

  @Override
  public Map.Entry<K, V> pollFirstEntry() {
    return poll(firstNode());
  }

  @Override
  public Map.Entry<K, V> pollLastEntry() {
    return poll(lastNode());
  }

  @Override
  public K firstKey() {
    return keyOrThrow(firstNode());
  }

  @Override
  public K lastKey() {
    return keyOrThrow(lastNode());
  }

  @Override
  public Map.Entry<K, V> lowerEntry(K key) {
    return snapshot(lowerNode(key));
  }

  @Override
  public K lowerKey(K key) {
    return keyOrNull(lowerNode(key));
  }

  @Override
  public Map.Entry<K, V> floorEntry(K key) {
    return snapshot(floorNode(key));
  }

  @Override
  public K floorKey(K key) {
    return keyOrNull(floorNode(key));
  }

  @Override
  public Map.Entry<K, V> ceilingEntry(K key) {
    return snapshot(ceilingNode(key));
  }

  @Override
  public K ceilingKey(K key) {
    return keyOrNull(ceilingNode(key));
  }

  @Override
  public Map.Entry<K, V> higherEntry(K key) {
    return snapshot(higherNode(key));
  }

  @Override
  public K higherKey(K key) {
    return keyOrNull(higherNode(key));
  }

  // ---------------------------------------------------------------- views

  @Override
  public SortedMap<K, V> subMap(K fromKey, K toKey) {
    return subMap(fromKey, true, toKey, false);
  }

  @Override
  public SortedMap<K, V> headMap(K toKey) {
    return headMap(toKey, false);
  }

  @Override
  public SortedMap<K, V> tailMap(K fromKey) {
    return tailMap(fromKey, true);
  }

  @Override
  public Set<K> keySet() {
    return navigableKeySet();
  }

  @Override
  public NavigableSet<K> navigableKeySet() {
    return new KeySetView<>(this);
  }

  @Override
  public NavigableSet<K> descendingKeySet() {
    return descendingMap().navigableKeySet();
  }

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

  /** Entries returned by lookups are frozen copies: like {@code TreeMap}'s, they reject setValue. */
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

  /** The entries of this view; its iterator hands out the live nodes, so setValue writes through. */
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
