package io.github.dsalab.tree;

import java.util.Map;
import java.util.Objects;

/**
 * One node of a binary search tree, which is also the {@link Map.Entry} handed out by the tree's
 * entry-set iterators (so {@code setValue} writes through, as in {@code TreeMap}).
 *
 * <p>Besides its key, value and three links, every node caches facts about its subtree:
 * {@code size} (how many nodes it holds) makes {@code rank}, {@code select} and the size of a range
 * view {@code O(height)}; {@code height}, kept only by the AVL tree, lets it see an imbalance
 * without searching for it. Deletion relinks nodes instead of copying keys between
 * them, so a node keeps its key for life and an iterator's next node stays valid.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
final class Node<K, V> implements Map.Entry<K, V> {
  // A search reads key, left and right of every node it passes, so they are declared first:
  // HotSpot (OpenJDK 17) lays the references out in declaration order after the primitives, at
  // offsets 20, 24 and 28 (read with Unsafe.objectFieldOffset), 12 bytes that straddle two cache
  // lines for one start address in eight (modulo 64, objects 8-byte aligned). With value between
  // key and left, as before, the 16 bytes from 20 to 36 straddled for two in eight; a TreeMap
  // entry's key, left and right (offsets 16 to 32) straddle for one in eight.
  final K key;
  Node<K, V> left;
  Node<K, V> right;
  V value;
  Node<K, V> parent;
  /** Number of nodes in the subtree rooted here, this one included. */
  int size = 1;
  /**
   * Number of nodes on the longest path from here down to a leaf, this one included; kept up to
   * date by {@link AvlTree} only (an unbalanced tree measures its height when asked). A byte is
   * enough: an AVL tree of 2³¹ nodes is at most 45 levels high.
   */
  byte height = 1;
  /**
   * The left subtree's height minus the right one's, -1, 0 or 1 in an AVL tree; kept by
   * {@link AvlTree} only, next to {@code height}. With it an insertion decides every step of its
   * repair from the nodes on its path, never reading a sibling's height (a memory miss). Height
   * and balance, two bytes, fit in the padding of the 40-byte node, so it is no larger.
   */
  byte balance;

  Node(K key, V value, Node<K, V> parent) {
    this.key = key;
    this.value = value;
    this.parent = parent;
  }

  static int sizeOf(Node<?, ?> node) {
    return node == null ? 0 : node.size;
  }

  static int heightOf(Node<?, ?> node) {
    return node == null ? 0 : node.height;
  }

  /** Recomputes this node's cached size, height and balance from its children's. */
  void update() {
    size = 1 + sizeOf(left) + sizeOf(right);
    int leftHeight = heightOf(left);
    int rightHeight = heightOf(right);
    height = (byte) (1 + Math.max(leftHeight, rightHeight));
    balance = (byte) (leftHeight - rightHeight);
  }

  /** Returns the node holding the smallest key of this subtree. */
  Node<K, V> leftmost() {
    Node<K, V> node = this;
    while (node.left != null) {
      node = node.left;
    }
    return node;
  }

  /** Returns the node holding the largest key of this subtree. */
  Node<K, V> rightmost() {
    Node<K, V> node = this;
    while (node.right != null) {
      node = node.right;
    }
    return node;
  }

  /**
   * Returns the in-order successor, or null for the last node; {@code O(height)}, {@code O(1)}
   * amortised.
   */
  Node<K, V> successor() {
    if (right != null) {
      return right.leftmost();
    }
    // Climb while we come from a right child: those ancestors are all smaller than this node.
    Node<K, V> child = this;
    Node<K, V> ancestor = parent;
    while (ancestor != null && child == ancestor.right) {
      child = ancestor;
      ancestor = ancestor.parent;
    }
    return ancestor;
  }

  /** Returns the in-order predecessor, or null for the first node. */
  Node<K, V> predecessor() {
    if (left != null) {
      return left.rightmost();
    }
    Node<K, V> child = this;
    Node<K, V> ancestor = parent;
    while (ancestor != null && child == ancestor.left) {
      child = ancestor;
      ancestor = ancestor.parent;
    }
    return ancestor;
  }

  @Override
  public K getKey() {
    return key;
  }

  @Override
  public V getValue() {
    return value;
  }

  @Override
  public V setValue(V newValue) {
    V old = value;
    value = newValue;
    return old;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Map.Entry<?, ?> entry
        && Objects.equals(key, entry.getKey())
        && Objects.equals(value, entry.getValue());
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(key) ^ Objects.hashCode(value);
  }

  @Override
  public String toString() {
    return key + "=" + value;
  }
}
