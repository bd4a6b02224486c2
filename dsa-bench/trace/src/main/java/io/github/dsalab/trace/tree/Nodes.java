package io.github.dsalab.trace.tree;

import io.github.dsalab.trace.TracedValue;
import io.github.dsalab.tree.TreeShape;
import java.lang.reflect.Field;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * A tree's shape in preorder, node 0 the root, children by number (-1 for none): read from
 * dsa-core's {@link TreeShape}, or from a learner's linked nodes (any class with fields
 * {@code key}, {@code left} and {@code right}, such as the exercises' {@code BinaryNode}).
 */
record Nodes(List<TracedValue> keys, int[] left, int[] right) {

  static Nodes of(TreeShape<TracedValue> shape) {
    int n = shape.size();
    int[] left = new int[n];
    int[] right = new int[n];
    for (int node = 0; node < n; node++) {
      left[node] = shape.left(node);
      right[node] = shape.right(node);
    }
    return new Nodes(shape.preorder(), left, right);
  }

  /** Reads linked nodes through their {@code key}, {@code left} and {@code right} fields, without recursion. */
  static Nodes ofLinked(Object root) {
    List<TracedValue> keys = new ArrayList<>();
    List<Integer> left = new ArrayList<>();
    List<Integer> right = new ArrayList<>();
    Deque<Object[]> work = new ArrayDeque<>();
    if (root != null) {
      work.push(new Object[] {root, -1, 0});
    }
    while (!work.isEmpty()) {
      Object[] item = work.pop();
      Object node = item[0];
      int parent = (Integer) item[1];
      int id = keys.size();
      if (id > 10_000) {
        throw new IllegalStateException("the tree has more than 10000 nodes, or a cycle of links");
      }
      keys.add((TracedValue) field(node, "key"));
      left.add(-1);
      right.add(-1);
      if (parent >= 0) {
        ((Integer) item[2] == 0 ? left : right).set(parent, id);
      }
      Object rightChild = field(node, "right");
      Object leftChild = field(node, "left");
      if (rightChild != null) {
        work.push(new Object[] {rightChild, id, 1});
      }
      if (leftChild != null) {
        work.push(new Object[] {leftChild, id, 0});
      }
    }
    return new Nodes(List.copyOf(keys), left.stream().mapToInt(Integer::intValue).toArray(),
        right.stream().mapToInt(Integer::intValue).toArray());
  }

  private static Object field(Object node, String name) {
    try {
      Field field = node.getClass().getField(name);
      return field.get(node);
    } catch (NoSuchFieldException | IllegalAccessException e) {
      throw new IllegalArgumentException(node.getClass().getName() + " has no public field " + name, e);
    }
  }

  int size() {
    return keys.size();
  }

  TracedValue key(int node) {
    return keys.get(node);
  }

  int left(int node) {
    return left[node];
  }

  int right(int node) {
    return right[node];
  }

  /** The number of nodes on the longest root-to-leaf path; preorder puts parents first. */
  int height() {
    int[] depth = new int[size()];
    int height = 0;
    for (int node = 0; node < size(); node++) {
      if (node == 0) {
        depth[0] = 1;
      }
      height = Math.max(height, depth[node]);
      for (int child : new int[] {left[node], right[node]}) {
        if (child >= 0) {
          depth[child] = depth[node] + 1;
        }
      }
    }
    return height;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Nodes nodes && keys.equals(nodes.keys) && Arrays.equals(left, nodes.left)
        && Arrays.equals(right, nodes.right);
  }

  @Override
  public int hashCode() {
    return (keys.hashCode() * 31 + Arrays.hashCode(left)) * 31 + Arrays.hashCode(right);
  }

  @Override
  public String toString() {
    return "Nodes" + keys;
  }
}
