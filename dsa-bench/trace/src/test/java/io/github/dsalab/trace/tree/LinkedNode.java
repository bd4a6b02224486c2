package io.github.dsalab.trace.tree;

import io.github.dsalab.trace.TracedValue;

/** A node as the tree exercises write it (public key, left and right), for tests of linked-tree traces. */
public final class LinkedNode {
  /** The key. */
  public TracedValue key;
  /** The left child, or null. */
  public LinkedNode left;
  /** The right child, or null. */
  public LinkedNode right;

  /**
   * Creates a leaf.
   *
   * @param key the key
   */
  public LinkedNode(TracedValue key) {
    this.key = key;
  }
}
