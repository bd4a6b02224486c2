package io.github.dsalab.exercises.support;

/**
 * A node of a binary tree, as the tree exercises pass it around: a key and two children, any of
 * which may be {@code null}. A tree is given by its root; the empty tree is {@code null}.
 *
 * <p>The fields are public and mutable on purpose: the exercises are about the links, and
 * {@code node.left = insert(node.left, key)} reads better than a getter/setter pair.
 *
 * <table class="striped">
 *   <caption>Cost</caption>
 *   <tr><th>operation</th><th>time</th><th>space</th></tr>
 *   <tr><td>constructor, field access</td><td>{@code O(1)}</td><td>{@code O(1)}</td></tr>
 * </table>
 *
 * <pre>{@code
 * BinaryNode<Integer> root = new BinaryNode<>(5);
 * root.left = new BinaryNode<>(3);
 * root.right = new BinaryNode<>(8);
 * }</pre>
 *
 * @param <K> the type of keys
 */
public final class BinaryNode<K> {
  /** The key stored in this node. */
  public K key;
  /** The left child (smaller keys in a binary search tree), or {@code null}. */
  public BinaryNode<K> left;
  /** The right child (larger keys in a binary search tree), or {@code null}. */
  public BinaryNode<K> right;

  /**
   * Creates a leaf.
   *
   * @param key the key
   */
  public BinaryNode(K key) {
    this.key = key;
  }

  /**
   * Creates a node with two children.
   *
   * @param key the key
   * @param left the left child, or {@code null}
   * @param right the right child, or {@code null}
   */
  public BinaryNode(K key, BinaryNode<K> left, BinaryNode<K> right) {
    this.key = key;
    this.left = left;
    this.right = right;
  }

  /** Returns the tree in parenthesised form, e.g. {@code (3 5 8)}, iteratively. */
  @Override
  public String toString() {
    return TreeText.of(this);
  }
}
