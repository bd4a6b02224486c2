package io.github.dsalab.trace.tree;

import io.github.dsalab.trace.JsonObject;
import io.github.dsalab.trace.TraceState;
import java.util.List;

/**
 * A search tree after one step: its shape (nodes in preorder, node 0 the root, children by
 * number, -1 for none), the operation under way and the path it has walked.
 *
 * @param operation the operation under way ({@code "put 7"}, {@code "get 4"})
 * @param keys the nodes' keys as shown, in preorder
 * @param left each node's left child, or -1
 * @param right each node's right child, or -1
 * @param path the keys compared so far in this operation, from the root down
 * @param current the key compared in this step, or empty
 * @param lifted the keys a rotation lifted in this step, or empty
 * @param comparisons comparisons so far
 */
public record TreeState(
    String operation,
    List<String> keys,
    List<Integer> left,
    List<Integer> right,
    List<String> path,
    String current,
    List<String> lifted,
    long comparisons) implements TraceState {

  /**
   * Copies the lists.
   *
   * @throws NullPointerException if a list is null
   */
  public TreeState {
    keys = List.copyOf(keys);
    left = List.copyOf(left);
    right = List.copyOf(right);
    path = List.copyOf(path);
    lifted = List.copyOf(lifted);
  }

  @Override
  public JsonObject toJson() {
    return JsonObject.create()
        .put("operation", operation)
        .put("keys", keys)
        .put("left", left)
        .put("right", right)
        .put("path", path)
        .put("current", current)
        .put("lifted", lifted)
        .put("comparisons", comparisons);
  }

  /** The state of {@code tree}, nodes in preorder, with what the operation has compared so far. */
  static TreeState of(String operation, Nodes tree, List<String> path, String current, List<String> lifted,
      long comparisons) {
    List<String> keys = new java.util.ArrayList<>();
    List<Integer> left = new java.util.ArrayList<>();
    List<Integer> right = new java.util.ArrayList<>();
    for (int node = 0; node < tree.size(); node++) {
      keys.add(tree.key(node).label());
      left.add(tree.left(node));
      right.add(tree.right(node));
    }
    return new TreeState(operation, keys, left, right, path, current, lifted, comparisons);
  }
}
