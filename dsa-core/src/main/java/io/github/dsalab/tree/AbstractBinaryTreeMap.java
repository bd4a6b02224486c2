package io.github.dsalab.tree;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.SortedMap;
import java.util.function.Predicate;

/**
 * Everything a binary search tree map does except keeping its shape: search, the plain BST
 * insertion and deletion (with the subtree sizes kept right), navigation, views, traversals, ranks
 * and the invariant checks. Each subclass supplies {@link #rebalanceFrom(Node)}, called after every
 * deletion and (unless a subclass overrides {@link #rebalanceAfterInsert(Node)} with a cheaper
 * repair) every insertion, and that is where an unbalanced tree and a self-balancing one differ.
 *
 * <p>Nothing here recurses along the height of the tree: searches walk down in a loop, iterators
 * and repairs follow parent links, and traversals keep their own stack or queue on the heap. A
 * degenerate tree (a sorted insertion order makes a linked list of it) is therefore slow but never
 * overflows the call stack.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
abstract class AbstractBinaryTreeMap<K, V> extends NavigableView<K, V> {
  private final Comparator<? super K> comparator;
  Node<K, V> root;
  /** Counts structural changes (not value replacements), so iterators can fail fast. */
  int modCount;

  AbstractBinaryTreeMap(Comparator<? super K> comparator) {
    this.comparator = comparator;
  }

  /**
   * Restores the tree's shape after an insertion or deletion, climbing from {@code node}, the
   * lowest node whose subtree changed (null if the root itself changed). Sizes are already right
   * when this is called; heights, if the tree keeps them, are not.
   */
  abstract void rebalanceFrom(Node<K, V> node);

  // ---------------------------------------------------------------- comparing keys

  /** Compares two keys the way this tree orders them; the natural order needs no comparator. */
  @SuppressWarnings("unchecked") // keys are K by contract; a stranger fails with ClassCastException
  final int compare(Object a, Object b) {
    return comparator == null
        ? ((Comparable<Object>) a).compareTo(b)
        : comparator.compare((K) a, (K) b);
  }

  /** Null keys have no natural order; a comparator decides for itself whether it accepts them. */
  final void checkKey(Object key, String name) {
    if (comparator == null) {
      Objects.requireNonNull(key, name);
    }
  }

  // ---------------------------------------------------------------- search

  /**
   * Returns the node holding {@code key}, or null: one comparison per level, no recursion.
   *
   * <p>Each level reads both children, and both children's keys, before it compares: which of
   * the two is next depends on a comparison that itself waits for the key it compares with, and
   * in a tree larger than the caches each of these reads is a trip to memory. Issued together,
   * the processor fetches the two children while the key arrives, one wait per level instead of
   * two in a row (the key's node, then the key). The comparisons are the same, in the same order.
   */
  final Node<K, V> getNode(Object key) {
    Node<K, V> node = root;
    if (comparator == null) {
      Objects.requireNonNull(key, "key");
      // Calling compareTo directly, not through a comparator, is what keeps TreeMap's get fast.
      @SuppressWarnings("unchecked")
      Comparable<? super K> target = (Comparable<? super K>) key;
      if (node == null) {
        return null;
      }
      K nodeKey = node.key;
      while (true) {
        Node<K, V> left = node.left;
        Node<K, V> right = node.right;
        K leftKey = left == null ? null : left.key;
        K rightKey = right == null ? null : right.key;
        int c = target.compareTo(nodeKey);
        if (c == 0) {
          return node;
        }
        node = c < 0 ? left : right;
        nodeKey = c < 0 ? leftKey : rightKey;
        if (node == null) {
          return null;
        }
      }
    }
    @SuppressWarnings("unchecked")
    K target = (K) key;
    if (node == null) {
      return null;
    }
    K nodeKey = node.key;
    while (true) {
      Node<K, V> left = node.left;
      Node<K, V> right = node.right;
      K leftKey = left == null ? null : left.key;
      K rightKey = right == null ? null : right.key;
      int c = comparator.compare(target, nodeKey);
      if (c == 0) {
        return node;
      }
      node = c < 0 ? left : right;
      nodeKey = c < 0 ? leftKey : rightKey;
      if (node == null) {
        return null;
      }
    }
  }

  /** Counts the keys below {@code key}, or at most {@code key} if {@code inclusive}. */
  final int countBelow(Object key, boolean inclusive) {
    int count = 0;
    Node<K, V> node = root;
    while (node != null) {
      int c = compare(key, node.key);
      if (c < 0) {
        node = node.left;
      } else if (c > 0) {
        // This node and its whole left subtree are below the key.
        count += Node.sizeOf(node.left) + 1;
        node = node.right;
      } else {
        return count + Node.sizeOf(node.left) + (inclusive ? 1 : 0);
      }
    }
    return count;
  }

  // ---------------------------------------------------------------- navigation primitives

  @Override
  final AbstractBinaryTreeMap<K, V> tree() {
    return this;
  }

  @Override
  final Node<K, V> nodeInView(Object key) {
    return getNode(key);
  }

  @Override
  final Node<K, V> firstNode() {
    return root == null ? null : root.leftmost();
  }

  @Override
  final Node<K, V> lastNode() {
    return root == null ? null : root.rightmost();
  }

  @Override
  final Node<K, V> ceilingNode(K key) {
    return nearest(key, true, true);
  }

  @Override
  final Node<K, V> higherNode(K key) {
    return nearest(key, true, false);
  }

  @Override
  final Node<K, V> floorNode(K key) {
    return nearest(key, false, true);
  }

  @Override
  final Node<K, V> lowerNode(K key) {
    return nearest(key, false, false);
  }

  /**
   * Finds the node nearest to {@code key} above it (or below it), {@code key} itself included if
   * {@code inclusive}. Every node passed on the right side of the key is the best answer so far;
   * the descent then turns towards the key to look for a closer one. {@code O(height)}.
   */
  private Node<K, V> nearest(K key, boolean above, boolean inclusive) {
    checkKey(key, "key");
    Node<K, V> node = root;
    Node<K, V> candidate = null;
    while (node != null) {
      int c = compare(key, node.key);
      if (c == 0 && inclusive) {
        return node;
      }
      if (above ? c < 0 : c > 0) {
        candidate = node;
        node = above ? node.left : node.right;
      } else {
        node = above ? node.right : node.left;
      }
    }
    return candidate;
  }

  @Override
  final Iterator<Map.Entry<K, V>> entryIterator() {
    return new TreeIterator<>(this, firstNode(), null, false, node -> node);
  }

  // ---------------------------------------------------------------- the Map operations

  /**
   * Returns the number of keys in this tree, in {@code O(1)}.
   *
   * @return the number of keys
   */
  @Override
  public final int size() {
    return Node.sizeOf(root);
  }

  /**
   * Returns whether this tree holds no keys, in {@code O(1)}.
   *
   * @return true if the tree is empty
   */
  @Override
  public final boolean isEmpty() {
    return root == null;
  }

  /**
   * Returns the value stored under {@code key}, or null if there is none, in {@code O(height)}.
   *
   * @param key the key to look up
   * @return the value, or null if {@code key} is absent (or is mapped to null)
   * @throws NullPointerException if {@code key} is null and the tree uses the natural order
   * @throws ClassCastException if {@code key} cannot be compared with the keys in the tree
   */
  @Override
  public final V get(Object key) {
    Node<K, V> node = getNode(key);
    return node == null ? null : node.value;
  }

  /**
   * Maps {@code key} to {@code value}, replacing any previous value, in {@code O(height)}.
   *
   * @param key the key
   * @param value the value, which may be null
   * @return the previous value, or null if {@code key} was absent
   * @throws NullPointerException if {@code key} is null and the tree uses the natural order
   * @throws ClassCastException if {@code key} cannot be compared with the keys in the tree
   */
  @Override
  public final V put(K key, V value) {
    checkKey(key, "key");
    Node<K, V> node = root;
    if (node == null) {
      compare(key, key); // fail now, not on the second put, if K is not comparable
      root = new Node<>(key, value, null);
      modCount++;
      return null;
    }
    // The descent counts the new key into the size of every node it passes, while that node is in
    // the cache; a second walk up the parent links would chase them all again. A present key, or a
    // comparison that throws, takes the counts back out. Each level also reads both children and
    // their keys before the comparison decides which one is next (see getNode).
    Node<K, V> parent;
    Node<K, V> found = null;
    int c;
    K nodeKey = node.key;
    try {
      if (comparator == null) {
        // Calling compareTo directly, not through compare(), keeps this loop as tight as TreeMap's.
        @SuppressWarnings("unchecked")
        Comparable<? super K> target = (Comparable<? super K>) key;
        do {
          parent = node;
          Node<K, V> left = node.left;
          Node<K, V> right = node.right;
          K leftKey = left == null ? null : left.key;
          K rightKey = right == null ? null : right.key;
          c = target.compareTo(nodeKey);
          if (c == 0) {
            found = node;
            break;
          }
          node.size++;
          node = c < 0 ? left : right;
          nodeKey = c < 0 ? leftKey : rightKey;
        } while (node != null);
      } else {
        do {
          parent = node;
          Node<K, V> left = node.left;
          Node<K, V> right = node.right;
          K leftKey = left == null ? null : left.key;
          K rightKey = right == null ? null : right.key;
          c = comparator.compare(key, nodeKey);
          if (c == 0) {
            found = node;
            break;
          }
          node.size++;
          node = c < 0 ? left : right;
          nodeKey = c < 0 ? leftKey : rightKey;
        } while (node != null);
      }
    } catch (Throwable e) { // whatever a comparison throws, even a checked exception thrown sneakily
      uncount(node.parent); // node is the one whose comparison threw: not counted yet
      throw e;
    }
    if (found != null) {
      uncount(found.parent);
      return found.setValue(value);
    }
    Node<K, V> added = new Node<>(key, value, parent);
    if (c < 0) {
      parent.left = added;
    } else {
      parent.right = added;
    }
    modCount++;
    rebalanceAfterInsert(added);
    return null;
  }

  /**
   * Restores the tree's shape after {@code added} was hung in as a new leaf; sizes are already
   * right. By default the same repair as after a deletion; a subclass may know a cheaper one.
   */
  void rebalanceAfterInsert(Node<K, V> added) {
    rebalanceFrom(added.parent);
  }

  /** Takes one away from the size of {@code node} and of each of its ancestors. */
  private static void uncount(Node<?, ?> node) {
    for (; node != null; node = node.parent) {
      node.size--;
    }
  }

  /**
   * Copies every mapping of {@code map} into this tree. Copying a sorted map in the same order into
   * an empty tree builds a perfectly balanced tree in {@code O(n)}; otherwise each key is put.
   *
   * @param map the mappings to copy
   * @throws NullPointerException if {@code map} is null, or holds a null key under natural order
   */
  @Override
  public void putAll(Map<? extends K, ? extends V> map) {
    Objects.requireNonNull(map, "map");
    if (root == null
        && !map.isEmpty()
        && map instanceof SortedMap<?, ?> sorted
        && Objects.equals(comparator, sorted.comparator())) {
      buildBalanced(map);
      return;
    }
    super.putAll(map);
  }

  /**
   * Removes every key, in {@code O(1)} (the garbage collector reclaims the nodes).
   */
  @Override
  public final void clear() {
    modCount++;
    root = null;
  }

  /**
   * Returns the comparator that orders the keys, or null for their natural order.
   *
   * @return the comparator, or null
   */
  @Override
  public final Comparator<? super K> comparator() {
    return comparator;
  }

  // ---------------------------------------------------------------- views

  /**
   * Returns a live view of the keys from {@code fromKey} to {@code toKey}; putting a key outside
   * that range through the view throws {@link IllegalArgumentException}. Its {@code size()} is
   * {@code O(height)}.
   *
   * @param fromKey the low end of the range
   * @param fromInclusive whether {@code fromKey} itself belongs to the range
   * @param toKey the high end of the range
   * @param toInclusive whether {@code toKey} itself belongs to the range
   * @return the view
   * @throws IllegalArgumentException if {@code fromKey} is greater than {@code toKey}
   * @throws NullPointerException if a key is null and the tree uses the natural order
   */
  @Override
  public final NavigableMap<K, V> subMap(
      K fromKey, boolean fromInclusive, K toKey, boolean toInclusive) {
    return RangeView.whole(this, false).subMap(fromKey, fromInclusive, toKey, toInclusive);
  }

  /**
   * Returns a live view of the keys below {@code toKey} (or up to it, if {@code inclusive}).
   *
   * @param toKey the high end of the range
   * @param inclusive whether {@code toKey} itself belongs to the range
   * @return the view
   * @throws NullPointerException if {@code toKey} is null and the tree uses the natural order
   */
  @Override
  public final NavigableMap<K, V> headMap(K toKey, boolean inclusive) {
    return RangeView.whole(this, false).headMap(toKey, inclusive);
  }

  /**
   * Returns a live view of the keys above {@code fromKey} (or from it, if {@code inclusive}).
   *
   * @param fromKey the low end of the range
   * @param inclusive whether {@code fromKey} itself belongs to the range
   * @return the view
   * @throws NullPointerException if {@code fromKey} is null and the tree uses the natural order
   */
  @Override
  public final NavigableMap<K, V> tailMap(K fromKey, boolean inclusive) {
    return RangeView.whole(this, false).tailMap(fromKey, inclusive);
  }

  /**
   * Returns a live view of this tree in reverse key order.
   *
   * @return the view
   */
  @Override
  public final NavigableMap<K, V> descendingMap() {
    return RangeView.whole(this, true);
  }

  // ---------------------------------------------------------------- the learner's extras

  /**
   * Returns the number of nodes on the longest path from the root down to a leaf: 0 for an empty
   * tree, 1 for a single key. An {@link AvlTree} keeps every height and answers in {@code O(1)};
   * a {@link BinarySearchTree} has no use for heights, so it counts the levels in {@code O(n)}.
   *
   * @return the height
   */
  public int height() {
    int levels = 0;
    Deque<Node<K, V>> level = new ArrayDeque<>();
    pushIfPresent(level, root);
    while (!level.isEmpty()) {
      levels++;
      for (int remaining = level.size(); remaining > 0; remaining--) {
        Node<K, V> node = level.removeFirst();
        if (node.left != null) {
          level.addLast(node.left);
        }
        if (node.right != null) {
          level.addLast(node.right);
        }
      }
    }
    return levels;
  }

  /**
   * Returns how many keys are smaller than {@code key} (which need not be present), in
   * {@code O(height)}: every node knows its subtree's size, so one descent adds up the left parts.
   *
   * @param key the key to rank
   * @return the number of keys smaller than {@code key}, between 0 and {@code size()}
   * @throws NullPointerException if {@code key} is null and the tree uses the natural order
   */
  public final int rank(K key) {
    checkKey(key, "key");
    return countBelow(key, false);
  }

  /**
   * Returns the key of the given rank, i.e. the key with exactly {@code rank} smaller keys, in
   * {@code O(height)}. {@code select(rank(k)) == k} for every present key {@code k}.
   *
   * @param rank the rank, from 0 (the smallest key) to {@code size() - 1}
   * @return the key of that rank
   * @throws IllegalArgumentException if {@code rank} is not between 0 and {@code size() - 1}
   */
  public final K select(int rank) {
    if (rank < 0 || rank >= size()) {
      throw new IllegalArgumentException(
          "rank " + rank + " is not between 0 and " + (size() - 1) + " (size " + size() + ")");
    }
    Node<K, V> node = root;
    while (true) {
      int leftSize = Node.sizeOf(node.left);
      if (rank < leftSize) {
        node = node.left;
      } else if (rank > leftSize) {
        rank -= leftSize + 1;
        node = node.right;
      } else {
        return node.key;
      }
    }
  }

  /**
   * Returns the keys in preorder (node, then left subtree, then right subtree), the order that
   * rebuilds the same tree when put into an empty one. {@code O(n)} time, {@code O(height)} stack.
   *
   * @return a new list of the keys in preorder
   */
  public final List<K> preorder() {
    return nodeFirst(true);
  }

  /**
   * Returns the keys in inorder (left subtree, node, right subtree): sorted, by the BST property.
   * {@code O(n)} time; it follows parent links, so it needs no stack.
   *
   * @return a new list of the keys in ascending order
   */
  public final List<K> inorder() {
    List<K> keys = new ArrayList<>(size());
    for (Node<K, V> node = firstNode(); node != null; node = node.successor()) {
      keys.add(node.key);
    }
    return keys;
  }

  /**
   * Returns the keys in postorder (left subtree, right subtree, node), the order in which a node's
   * children are finished before the node itself. {@code O(n)} time, {@code O(height)} stack.
   *
   * @return a new list of the keys in postorder
   */
  public final List<K> postorder() {
    // Postorder is the reverse of a preorder that visits the right subtree before the left one.
    List<K> keys = nodeFirst(false);
    Collections.reverse(keys);
    return keys;
  }

  /** Lists each node before its subtrees, the left or the right one first, with a heap stack. */
  private List<K> nodeFirst(boolean leftFirst) {
    List<K> keys = new ArrayList<>(size());
    Deque<Node<K, V>> stack = new ArrayDeque<>();
    pushIfPresent(stack, root);
    while (!stack.isEmpty()) {
      Node<K, V> node = stack.pop();
      keys.add(node.key);
      // The child pushed last comes off the stack first.
      pushIfPresent(stack, leftFirst ? node.right : node.left);
      pushIfPresent(stack, leftFirst ? node.left : node.right);
    }
    return keys;
  }

  /**
   * Returns the keys level by level, each level from left to right (breadth-first order).
   * {@code O(n)} time, {@code O(width)} queue.
   *
   * @return a new list of the keys in level order
   */
  public final List<K> levelOrder() {
    List<K> keys = new ArrayList<>(size());
    Deque<Node<K, V>> queue = new ArrayDeque<>();
    pushIfPresent(queue, root);
    while (!queue.isEmpty()) {
      Node<K, V> node = queue.removeFirst();
      keys.add(node.key);
      if (node.left != null) {
        queue.addLast(node.left);
      }
      if (node.right != null) {
        queue.addLast(node.right);
      }
    }
    return keys;
  }

  private static <K, V> void pushIfPresent(Deque<Node<K, V>> stack, Node<K, V> node) {
    if (node != null) {
      stack.push(node);
    }
  }

  // ---------------------------------------------------------------- structural changes

  /**
   * Unlinks {@code node}, the textbook way (Hibbard deletion): a node with at most one child is
   * replaced by that child; a node with two is replaced by its successor, the leftmost node of its
   * right subtree, which has no left child and so is easy to lift out first. Nodes are relinked,
   * never copied into one another, so entries and iterators keep pointing at the right keys.
   */
  final void deleteNode(Node<K, V> node) {
    modCount++;
    // Every node from lowestChanged up to the root loses exactly one key from its subtree.
    Node<K, V> lowestChanged;
    if (node.left == null) {
      lowestChanged = node.parent;
      replaceChild(node, node.right);
    } else if (node.right == null) {
      lowestChanged = node.parent;
      replaceChild(node, node.left);
    } else {
      Node<K, V> heir = node.right.leftmost();
      if (heir.parent == node) {
        lowestChanged = heir;
      } else {
        lowestChanged = heir.parent;
        replaceChild(heir, heir.right);
        heir.right = node.right;
        heir.right.parent = heir;
      }
      replaceChild(node, heir);
      heir.left = node.left;
      heir.left.parent = heir;
      // The heir inherits the subtree, and with it the counts of the node it replaces.
      heir.size = node.size;
      heir.height = node.height;
      heir.balance = node.balance;
    }
    node.left = null;
    node.right = null;
    node.parent = null;
    uncount(lowestChanged);
    rebalanceFrom(lowestChanged);
    assert root == null || root.parent == null : "the root has a parent";
  }

  /** Puts {@code replacement} (possibly null) where {@code old} hangs from its parent. */
  final void replaceChild(Node<K, V> old, Node<K, V> replacement) {
    Node<K, V> parent = old.parent;
    if (parent == null) {
      root = replacement;
    } else if (parent.left == old) {
      parent.left = replacement;
    } else {
      parent.right = replacement;
    }
    if (replacement != null) {
      replacement.parent = parent;
    }
  }

  /**
   * Links the entries of a sorted map into a perfectly balanced tree in {@code O(n)}: the middle
   * entry of every range becomes the root of that range. The two halves of a range of {@code m}
   * entries differ by at most one in size, so the height of the range is the bit length of
   * {@code m}, and every node satisfies the AVL condition as well.
   */
  private void buildBalanced(Map<? extends K, ? extends V> sorted) {
    List<Node<K, V>> nodes = new ArrayList<>(sorted.size());
    for (Map.Entry<? extends K, ? extends V> entry : sorted.entrySet()) {
      checkKey(entry.getKey(), "key");
      nodes.add(new Node<>(entry.getKey(), entry.getValue(), null));
    }
    // Each pending range carries the parent its middle node hangs from: an explicit stack
    // instead of the textbook recursion.
    record Range<K, V>(int from, int to, Node<K, V> parent, boolean leftChild) {}
    Deque<Range<K, V>> pending = new ArrayDeque<>();
    pending.push(new Range<>(0, nodes.size(), null, false));
    while (!pending.isEmpty()) {
      Range<K, V> range = pending.pop();
      if (range.from() >= range.to()) {
        continue;
      }
      int middle = (range.from() + range.to()) >>> 1;
      Node<K, V> node = nodes.get(middle);
      node.size = range.to() - range.from();
      node.height = (byte) bitLength(node.size);
      node.balance = (byte) (bitLength(middle - range.from()) - bitLength(range.to() - middle - 1));
      node.parent = range.parent();
      if (range.parent() == null) {
        root = node;
      } else if (range.leftChild()) {
        range.parent().left = node;
      } else {
        range.parent().right = node;
      }
      pending.push(new Range<>(range.from(), middle, node, true));
      pending.push(new Range<>(middle + 1, range.to(), node, false));
    }
    modCount++;
    // O(n) like the build itself, so checking costs nothing in complexity.
    assert check() : "a balanced build broke an invariant";
  }

  /** The height of a perfectly balanced range of {@code size} nodes. */
  private static int bitLength(int size) {
    return Integer.SIZE - Integer.numberOfLeadingZeros(size);
  }

  // ---------------------------------------------------------------- invariants

  /** Checks every invariant this tree promises; used in asserts and tests. */
  boolean check() {
    return isBst() && isSizeConsistent();
  }

  /**
   * Whether an in-order walk meets the keys in strictly increasing order and every child's parent
   * link points back at its parent. Walks with its own stack, so it trusts no parent link.
   */
  final boolean isBst() {
    if (root != null && root.parent != null) {
      return false;
    }
    Deque<Node<K, V>> stack = new ArrayDeque<>();
    Node<K, V> node = root;
    Node<K, V> previous = null;
    while (node != null || !stack.isEmpty()) {
      while (node != null) {
        if ((node.left != null && node.left.parent != node)
            || (node.right != null && node.right.parent != node)) {
          return false;
        }
        stack.push(node);
        node = node.left;
      }
      node = stack.pop();
      if (previous != null && compare(previous.key, node.key) >= 0) {
        return false;
      }
      previous = node;
      node = node.right;
    }
    return true;
  }

  /** Whether every node's cached size is one more than its children's sizes added up. */
  final boolean isSizeConsistent() {
    return allNodes(
        node -> node.size == 1 + Node.sizeOf(node.left) + Node.sizeOf(node.right));
  }

  /**
   * Whether {@code test} holds at every node; a local test at every node proves it by induction.
   */
  final boolean allNodes(Predicate<Node<K, V>> test) {
    Deque<Node<K, V>> stack = new ArrayDeque<>();
    pushIfPresent(stack, root);
    while (!stack.isEmpty()) {
      Node<K, V> node = stack.pop();
      if (!test.test(node)) {
        return false;
      }
      pushIfPresent(stack, node.left);
      pushIfPresent(stack, node.right);
    }
    return true;
  }
}
