package io.github.dsalab.exercises.tree;

import io.github.dsalab.exercises.support.BinaryNode;
import java.util.Comparator;

/**
 * Exercise: delete a key from a binary search tree.
 *
 * <p>Remove {@code key} from the search tree and return the new root (which may change, or
 * become {@code null}). If the key is absent, return the tree unchanged. Three cases, by the
 * number of children of the node holding the key:
 * <ul>
 *   <li>no child: unlink the node;</li>
 *   <li>one child: link the child in the node's place;</li>
 *   <li>two children: replace the node's key by its successor (the smallest key of its right
 *       subtree), then delete the successor from the right subtree (it has no left child).</li>
 * </ul>
 *
 * <pre>
 * delete((3 5 8), 5)   gives  (3 8 -) or (- 3 8) ... any search tree with keys 3 and 8
 * delete((3 5 8), 7)   gives  (3 5 8)
 * delete(5, 5)         gives  null (empty)
 * </pre>
 *
 * <p>Expected cost: {@code O(height)} comparisons, {@code O(log n)} when balanced. Rebuilding the
 * tree without the key is {@code O(n)} and does not pass. The checker counts comparisons on a
 * balanced tree.
 */
public final class SearchTreeDelete {
  private SearchTreeDelete() {}

  /**
   * Deletes {@code key} (if present) and returns the root.
   *
   * @param root the tree, or {@code null} when empty
   * @param key the key to delete
   * @param order the order of the tree
   * @param <K> the type of keys
   * @return the root of the tree without the key, or {@code null} if it is now empty
   */
  public static <K> BinaryNode<K> delete(BinaryNode<K> root, K key, Comparator<? super K> order) {
    throw new UnsupportedOperationException("TODO: find the node, then handle 0, 1 or 2 children");
  }
}
