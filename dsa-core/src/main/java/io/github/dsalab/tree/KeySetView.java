package io.github.dsalab.tree;

import java.util.AbstractSet;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.SortedSet;

/**
 * The keys of a navigable map as a live {@link NavigableSet}: every call is answered by the map,
 * so the set and the map never disagree, and every subset is the key set of a map view.
 *
 * @param <K> the key type
 */
final class KeySetView<K> extends AbstractSet<K> implements NavigableSet<K> {
  private final NavigableMap<K, ?> map;

  KeySetView(NavigableMap<K, ?> map) {
    this.map = map;
  }

  @Override
  public Iterator<K> iterator() {
    Iterator<? extends Map.Entry<K, ?>> entries = map.entrySet().iterator();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return entries.hasNext();
      }

      @Override
      public K next() {
        return entries.next().getKey();
      }

      @Override
      public void remove() {
        entries.remove();
      }
    };
  }

  @Override
  public Iterator<K> descendingIterator() {
    return descendingSet().iterator();
  }

  @Override
  public int size() {
    return map.size();
  }

  @Override
  public boolean isEmpty() {
    return map.isEmpty();
  }

  @Override
  public boolean contains(Object key) {
    return map.containsKey(key);
  }

  @Override
  public boolean remove(Object key) {
    // containsKey first: the value may be null, so remove's result cannot tell.
    if (!map.containsKey(key)) {
      return false;
    }
    map.remove(key);
    return true;
  }

  @Override
  public void clear() {
    map.clear();
  }

  @Override
  public Comparator<? super K> comparator() {
    return map.comparator();
  }

  @Override
  public K first() {
    return map.firstKey();
  }

  @Override
  public K last() {
    return map.lastKey();
  }

  @Override
  public K lower(K key) {
    return map.lowerKey(key);
  }

  @Override
  public K floor(K key) {
    return map.floorKey(key);
  }

  @Override
  public K ceiling(K key) {
    return map.ceilingKey(key);
  }

  @Override
  public K higher(K key) {
    return map.higherKey(key);
  }

  @Override
  public K pollFirst() {
    Map.Entry<K, ?> entry = map.pollFirstEntry();
    return entry == null ? null : entry.getKey();
  }

  @Override
  public K pollLast() {
    Map.Entry<K, ?> entry = map.pollLastEntry();
    return entry == null ? null : entry.getKey();
  }

  @Override
  public NavigableSet<K> descendingSet() {
    return new KeySetView<>(map.descendingMap());
  }

  @Override
  public NavigableSet<K> subSet(K fromKey, boolean fromInclusive, K toKey, boolean toInclusive) {
    return new KeySetView<>(map.subMap(fromKey, fromInclusive, toKey, toInclusive));
  }

  @Override
  public NavigableSet<K> headSet(K toKey, boolean inclusive) {
    return new KeySetView<>(map.headMap(toKey, inclusive));
  }

  @Override
  public NavigableSet<K> tailSet(K fromKey, boolean inclusive) {
    return new KeySetView<>(map.tailMap(fromKey, inclusive));
  }

  @Override
  public SortedSet<K> subSet(K fromKey, K toKey) {
    return subSet(fromKey, true, toKey, false);
  }

  @Override
  public SortedSet<K> headSet(K toKey) {
    return headSet(toKey, false);
  }

  @Override
  public SortedSet<K> tailSet(K fromKey) {
    return tailSet(fromKey, true);
  }
}
