package io.github.dsalab.heap;

import java.util.Arrays;
import java.util.Comparator;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * A min-priority queue of the integers {@code 0..capacity-1}, each carrying a key, with the
 * {@code decreaseKey} operation that Dijkstra's shortest paths and Prim's spanning tree need.
 *
 * <p>It is a binary heap of indices ordered by their keys, plus a second array that remembers
 * where each index sits in the heap. That position table is what makes {@code contains},
 * {@code keyOf} and finding an index to decrease {@code O(1)} instead of a linear search.
 *
 * <table class="striped">
 *   <caption>Cost, with n the number of indices in the heap</caption>
 *   <tr><th>operation</th><th>worst-case time</th></tr>
 *   <tr><td>{@code insert}, {@code pollMin}</td><td>{@code O(log n)}</td></tr>
 *   <tr><td>{@code decreaseKey}</td><td>{@code O(log n)}</td></tr>
 *   <tr><td>{@code contains}, {@code keyOf}, {@code minIndex}, {@code minKey}, {@code size},
 *       {@code isEmpty}</td><td>{@code O(1)}</td></tr>
 *   <tr><td>construction</td><td>{@code O(capacity)}</td></tr>
 *   <tr><td>extra space</td><td>{@code O(capacity)}: three arrays of that length</td></tr>
 * </table>
 *
 * <p>Among indices with equal keys, which one {@link #minIndex()} returns is unspecified. Not
 * thread-safe.
 *
 * <pre>{@code
 * IndexedMinHeap<Double> heap = new IndexedMinHeap<>(5);
 * heap.insert(3, 2.5); heap.insert(1, 4.0); heap.decreaseKey(1, 1.0);
 * int closest = heap.pollMin();   // 1
 * }</pre>
 *
 * @param <K> the type of the keys
 */
public final class IndexedMinHeap<K> {
  private static final int ABSENT = -1;

  private final Comparator<? super K> comparator;
  private final boolean naturalOrder;
  /** heap[p] is the index at heap position p, for p below size. */
  private final int[] heap;
  /** positionOf[i] is where index i sits in heap, or ABSENT; the inverse of heap. */
  private final int[] positionOf;
  /** keys[i] is the key of index i while i is in the heap, otherwise null. */
  private final Object[] keys;
  private int size;

  /**
   * Creates an empty heap for the indices {@code 0..capacity-1}, ordering keys by their natural
   * order.
   *
   * @param capacity the number of possible indices
   * @throws IllegalArgumentException if {@code capacity} is negative
   */
  public IndexedMinHeap(int capacity) {
    this(capacity, null, true);
  }

  /**
   * Creates an empty heap for the indices {@code 0..capacity-1}, ordering keys by
   * {@code comparator}.
   *
   * @param capacity the number of possible indices
   * @param comparator the order of the keys; the smallest key is polled first
   * @throws IllegalArgumentException if {@code capacity} is negative
   * @throws NullPointerException if {@code comparator} is null
   */
  public IndexedMinHeap(int capacity, Comparator<? super K> comparator) {
    this(capacity, Objects.requireNonNull(comparator, "comparator"), false);
  }

  @SuppressWarnings("unchecked")
  private IndexedMinHeap(int capacity, Comparator<? super K> comparator, boolean naturalOrder) {
    if (capacity < 0) {
      throw new IllegalArgumentException("capacity " + capacity + " is negative");
    }
    this.naturalOrder = naturalOrder;
    this.comparator =
        naturalOrder ? (Comparator<? super K>) (Comparator<?>) Comparator.naturalOrder() : comparator;
    this.heap = new int[capacity];
    this.positionOf = new int[capacity];
    Arrays.fill(positionOf, ABSENT);
    this.keys = new Object[capacity];
  }

  /**
   * Adds index {@code i} with the given key.
   *
   * @param i the index, between 0 and capacity - 1
   * @param key its key
   * @throws IllegalArgumentException if {@code i} is out of range or already in the heap
   * @throws NullPointerException if {@code key} is null
   * @throws ClassCastException if the heap uses natural order and {@code key} is not
   *     {@link Comparable}
   */
  public void insert(int i, K key) {
    checkIndex(i);
    Objects.requireNonNull(key, "key");
    if (positionOf[i] != ABSENT) {
      throw new IllegalArgumentException(
          "index " + i + " is already in the heap with key " + keys[i] + "; cannot insert key " + key);
    }
    if (naturalOrder && !(key instanceof Comparable)) {
      throw new ClassCastException(key.getClass().getName() + " is not Comparable");
    }
    keys[i] = key;
    siftUp(size++, i);
  }

  /**
   * Lowers the key of index {@code i}. A key equal to the current one is accepted and changes
   * nothing in the order.
   *
   * @param i an index in the heap
   * @param key its new key, no larger than the current one
   * @throws IllegalArgumentException if {@code i} is out of range or not in the heap, or if
   *     {@code key} is larger than the current key
   * @throws NullPointerException if {@code key} is null
   */
  public void decreaseKey(int i, K key) {
    checkPresent(i);
    Objects.requireNonNull(key, "key");
    if (comparator.compare(key, key(i)) > 0) {
      throw new IllegalArgumentException(
          "new key " + key + " of index " + i + " is larger than its current key " + keys[i]);
    }
    keys[i] = key;
    siftUp(positionOf[i], i);
  }

  /**
   * Tells whether index {@code i} is in the heap.
   *
   * @param i the index, between 0 and capacity - 1
   * @return true if {@code i} was inserted and not yet polled
   * @throws IllegalArgumentException if {@code i} is out of range
   */
  public boolean contains(int i) {
    checkIndex(i);
    return positionOf[i] != ABSENT;
  }

  /**
   * Returns the key of index {@code i}.
   *
   * @param i an index in the heap
   * @return its current key
   * @throws IllegalArgumentException if {@code i} is out of range or not in the heap
   */
  public K keyOf(int i) {
    checkPresent(i);
    return key(i);
  }

  /**
   * Returns the index with the smallest key, without removing it.
   *
   * @return the index at the top of the heap
   * @throws NoSuchElementException if the heap is empty
   */
  public int minIndex() {
    checkNotEmpty();
    return heap[0];
  }

  /**
   * Returns the smallest key, without removing it.
   *
   * @return the key of {@link #minIndex()}
   * @throws NoSuchElementException if the heap is empty
   */
  public K minKey() {
    checkNotEmpty();
    return key(heap[0]);
  }

  /**
   * Removes the index with the smallest key and returns it.
   *
   * @return the removed index
   * @throws NoSuchElementException if the heap is empty
   */
  public int pollMin() {
    checkNotEmpty();
    int min = heap[0];
    positionOf[min] = ABSENT;
    keys[min] = null;
    int last = heap[--size];
    if (size > 0) {
      siftDown(0, last);
    }
    return min;
  }

  /**
   * Returns the number of indices in the heap.
   *
   * @return the size
   */
  public int size() {
    return size;
  }

  /**
   * Tells whether the heap holds no index.
   *
   * @return true if {@link #size()} is zero
   */
  public boolean isEmpty() {
    return size == 0;
  }

  /**
   * Returns the number of possible indices, fixed at construction.
   *
   * @return the capacity
   */
  public int capacity() {
    return heap.length;
  }

  /**
   * Returns the indices in the order the heap's array holds them, root first: a read-only view of
   * the heap's shape, to draw it or to watch it work. The children of position {@code p} are at
   * {@code 2p + 1} and {@code 2p + 2}, and no index has a smaller key than the one at its parent
   * position; the first is {@link #minIndex()}. The array is a copy: changing it changes nothing.
   *
   * <p>Cost: {@code O(n)}.
   *
   * <pre>{@code
   * heap.insert(3, 2.5); heap.insert(1, 4.0); heap.insert(4, 1.0);
   * heap.heapOrder();   // [4, 1, 3]
   * }</pre>
   *
   * @return the indices in heap order
   */
  public int[] heapOrder() {
    return Arrays.copyOf(heap, size);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("[");
    for (int p = 0; p < size; p++) {
      text.append(p == 0 ? "" : ", ").append(heap[p]).append('=').append(keys[heap[p]]);
    }
    return text.append(']').toString();
  }

  /**
   * Moves {@code index} from heap position {@code hole} towards the root. Parents move down into
   * the hole instead of being swapped, which halves the writes.
   */
  private void siftUp(int hole, int index) {
    K key = key(index);
    while (hole > 0) {
      int parentPosition = (hole - 1) >>> 1;
      int parent = heap[parentPosition];
      if (comparator.compare(key, key(parent)) >= 0) {
        break;
      }
      place(hole, parent);
      hole = parentPosition;
    }
    place(hole, index);
  }

  /** Moves {@code index} from heap position {@code hole} towards the leaves. */
  private void siftDown(int hole, int index) {
    K key = key(index);
    int half = size >>> 1;
    while (hole < half) {
      int childPosition = 2 * hole + 1;
      int child = heap[childPosition];
      int right = childPosition + 1;
      if (right < size && comparator.compare(key(heap[right]), key(child)) < 0) {
        childPosition = right;
        child = heap[right];
      }
      if (comparator.compare(key, key(child)) <= 0) {
        break;
      }
      place(hole, child);
      hole = childPosition;
    }
    place(hole, index);
  }

  private void place(int position, int index) {
    heap[position] = index;
    positionOf[index] = position;
  }

  @SuppressWarnings("unchecked")
  private K key(int index) {
    return (K) keys[index];
  }

  private void checkIndex(int i) {
    if (i < 0 || i >= heap.length) {
      throw new IllegalArgumentException(
          "index " + i + " is not between 0 and " + (heap.length - 1));
    }
  }

  private void checkPresent(int i) {
    checkIndex(i);
    if (positionOf[i] == ABSENT) {
      throw new IllegalArgumentException("index " + i + " is not in the heap");
    }
  }

  private void checkNotEmpty() {
    if (size == 0) {
      throw new NoSuchElementException("heap is empty");
    }
  }

  /**
   * Checks the heap order (no key smaller than its parent's) and that the position table is the
   * exact inverse of the heap array. For assertions and tests.
   */
  boolean isHeapOrdered() {
    int present = 0;
    for (int i = 0; i < positionOf.length; i++) {
      int p = positionOf[i];
      if (p == ABSENT) {
        if (keys[i] != null) {
          return false;
        }
      } else {
        present++;
        if (p >= size || heap[p] != i || keys[i] == null) {
          return false;
        }
      }
    }
    if (present != size) {
      return false;
    }
    for (int p = 1; p < size; p++) {
      if (comparator.compare(key(heap[p]), key(heap[(p - 1) >>> 1])) < 0) {
        return false;
      }
    }
    return true;
  }
}
