package io.github.dsalab.tree;

import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * A fail-fast in-order walk over the nodes of a tree, upwards or downwards, that stops at a fence
 * node (the first node past a range view's bound, or null for "run to the end").
 *
 * <p>It follows parent links, so it needs no stack: one step is {@code O(height)} in the worst
 * case but {@code O(1)} amortised over a full walk, because each edge is crossed twice. Removing
 * through the iterator is safe because deletion relinks nodes instead of moving keys between
 * them: the next node is still the next node afterwards, rotations included.
 *
 * @param <K> the key type
 * @param <V> the value type
 * @param <T> what the iterator yields for each node (the node itself, its key or its value)
 */
final class TreeIterator<K, V, T> implements Iterator<T> {
  private final AbstractBinaryTreeMap<K, V> tree;
  private final Node<K, V> fence;
  private final boolean descending;
  private final Function<? super Node<K, V>, ? extends T> projection;
  private Node<K, V> next;
  private Node<K, V> lastReturned;
  private int expectedModCount;

  TreeIterator(
      AbstractBinaryTreeMap<K, V> tree,
      Node<K, V> first,
      Node<K, V> fence,
      boolean descending,
      Function<? super Node<K, V>, ? extends T> projection) {
    this.tree = tree;
    this.next = first;
    this.fence = fence;
    this.descending = descending;
    this.projection = projection;
    this.expectedModCount = tree.modCount;
  }

  @Override
  public boolean hasNext() {
    return next != null && next != fence;
  }

  @Override
  public T next() {
    if (tree.modCount != expectedModCount) {
      throw new ConcurrentModificationException();
    }
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Node<K, V> node = next;
    next = descending ? node.predecessor() : node.successor();
    lastReturned = node;
    return projection.apply(node);
  }

  @Override
  public void remove() {
    if (lastReturned == null) {
      throw new IllegalStateException("next() has not been called since the last remove()");
    }
    if (tree.modCount != expectedModCount) {
      throw new ConcurrentModificationException();
    }
    tree.deleteNode(lastReturned);
    lastReturned = null;
    expectedModCount = tree.modCount;
  }
}
