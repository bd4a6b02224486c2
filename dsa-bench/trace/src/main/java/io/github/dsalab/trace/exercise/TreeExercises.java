package io.github.dsalab.trace.exercise;

import io.github.dsalab.trace.Trace;
import io.github.dsalab.trace.TracedValue;
import io.github.dsalab.trace.tree.LinkedTreeWatcher;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The tree exercises that read a search tree through a comparator ({@code validate-search-tree},
 * {@code lowest-common-ancestor}, {@code search-tree-delete}), traced by {@link LinkedTreeWatcher}
 * on the exercises' own {@code BinaryNode}s. The tree is built as their tests build it: the keys
 * inserted in order into an empty search tree, a repeated key ignored; for
 * {@code validate-search-tree}, the {@code position}-th node in preorder (modulo the size) then
 * gets the key {@code changedKey}. A query key that is in the tree is passed equal to that node's
 * key, so {@code equals} behaves as it does on the tests' integers.
 *
 * <p>Cost: {@code O(n)} to build the tree, then one run of the solution.
 *
 * <pre>{@code
 * Optional<Trace> trace = TreeExercises.trace("search-tree-delete", solution,
 *     SampleText.parse("keys: [5, 3, 8]\nkey: 5"));
 * }</pre>
 */
final class TreeExercises {
  private static final String NODE = "io.github.dsalab.exercises.support.BinaryNode";

  private TreeExercises() {}

  /** The tree exercises traced here. */
  static List<String> names() {
    return List.of("validate-search-tree", "lowest-common-ancestor", "search-tree-delete");
  }

  /**
   * Traces {@code solution} on the tree and query the sample describes.
   *
   * @return the trace, or empty if the sample lacks a value the exercise's test draws
   */
  static Optional<Trace> trace(String exercise, Class<?> solution, SampleText sample) {
    Optional<int[]> keys = sample.list("keys");
    if (keys.isEmpty()) {
      return Optional.empty();
    }
    switch (exercise) {
      case "validate-search-tree" -> {
        OptionalInt changed = sample.number("changedKey");
        OptionalInt position = sample.number("position");
        if (changed.isEmpty() || position.isEmpty()) {
          return Optional.empty();
        }
        return Optional.of(validate(solution, keys.get(), changed.getAsInt(), position.getAsInt()));
      }
      case "lowest-common-ancestor" -> {
        OptionalInt i = sample.number("i");
        OptionalInt j = sample.number("j");
        if (i.isEmpty() || j.isEmpty() || keys.get().length == 0) {
          return Optional.empty();
        }
        int[] list = keys.get();
        return Optional.of(ancestor(solution, list, list[Math.floorMod(i.getAsInt(), list.length)],
            list[Math.floorMod(j.getAsInt(), list.length)]));
      }
      default -> {
        OptionalInt key = sample.number("key");
        return key.isEmpty() ? Optional.empty() : Optional.of(delete(solution, keys.get(), key.getAsInt()));
      }
    }
  }

  /**
   * Traces {@code solution} on a tree of {@code values}: validated as built, the common ancestor
   * of the first and last value, or the first value (the root) deleted.
   */
  static Trace trace(String exercise, Class<?> solution, int[] values) {
    int[] keys = values.length == 0 ? new int[] {0} : values;
    return switch (exercise) {
      case "validate-search-tree" -> validate(solution, keys, keys[0], 0);
      case "lowest-common-ancestor" -> ancestor(solution, keys, keys[0], keys[keys.length - 1]);
      default -> delete(solution, keys, keys[0]);
    };
  }

  private static Trace validate(Class<?> solution, int[] keys, int changedKey, int position) {
    Shape shape = Shape.insertAll(keys);
    if (shape.size() > 0) {
      shape.keys.set(shape.preorder().get(Math.floorMod(position, shape.size())), changedKey);
    }
    Object[] nodes = shape.link(solution);
    Object root = nodes.length == 0 ? null : nodes[0];
    Method method = ExerciseReplay.method(solution, "isSearchTree", 2);
    return LinkedTreeWatcher.watch("validate-search-tree", "Validate a search tree", root, "isSearchTree",
        order -> ExerciseReplay.invoke(method, root, order), false, List.of("Each step is one comparison your code "
            + "made; the nodes it reads without comparing are out of sight."));
  }

  private static Trace ancestor(Class<?> solution, int[] keys, int a, int b) {
    Shape shape = Shape.insertAll(keys);
    Object[] nodes = shape.link(solution);
    Object root = nodes.length == 0 ? null : nodes[0];
    TracedValue first = shape.keyObject(a, shape.size());
    TracedValue second = shape.keyObject(b, shape.size() + 1);
    Method method = ExerciseReplay.method(solution, "lowestCommonAncestor", 4);
    return LinkedTreeWatcher.watch("lowest-common-ancestor", "Lowest common ancestor", root,
        "lowestCommonAncestor(" + a + ", " + b + ")", order -> ExerciseReplay.invoke(method, root, first, second, order),
        false, List.of("Each step is one comparison your code made, of " + a + " or " + b + " with a node's key."));
  }

  private static Trace delete(Class<?> solution, int[] keys, int key) {
    Shape shape = Shape.insertAll(keys);
    Object[] nodes = shape.link(solution);
    Object root = nodes.length == 0 ? null : nodes[0];
    TracedValue target = shape.keyObject(key, shape.size());
    Method method = ExerciseReplay.method(solution, "delete", 3);
    return LinkedTreeWatcher.watch("search-tree-delete", "Search tree: delete", root, "delete " + key,
        order -> ExerciseReplay.invoke(method, root, target, order), true, List.of("Each step is one comparison "
            + "your code made; the tree is redrawn from its links at every step."));
  }

  /** A search tree of ints built by insertion, nodes numbered in insertion order (0 the root). */
  private static final class Shape {
    final List<Integer> keys = new ArrayList<>();
    final List<Integer> left = new ArrayList<>();
    final List<Integer> right = new ArrayList<>();
    private TracedValue[] tagged = new TracedValue[0];

    static Shape insertAll(int[] values) {
      Shape shape = new Shape();
      for (int value : values) {
        shape.insert(value);
      }
      return shape;
    }

    private void insert(int value) {
      if (keys.isEmpty()) {
        add(value);
        return;
      }
      int node = 0;
      while (keys.get(node) != value) {
        List<Integer> side = value < keys.get(node) ? left : right;
        if (side.get(node) < 0) {
          side.set(node, keys.size());
          add(value);
          return;
        }
        node = side.get(node);
      }
    }

    private void add(int value) {
      keys.add(value);
      left.add(-1);
      right.add(-1);
    }

    int size() {
      return keys.size();
    }

    /** Node numbers in preorder, by an explicit stack. */
    List<Integer> preorder() {
      List<Integer> order = new ArrayList<>();
      java.util.ArrayDeque<Integer> stack = new java.util.ArrayDeque<>();
      if (!keys.isEmpty()) {
        stack.push(0);
      }
      while (!stack.isEmpty()) {
        int node = stack.pop();
        order.add(node);
        if (right.get(node) >= 0) {
          stack.push(right.get(node));
        }
        if (left.get(node) >= 0) {
          stack.push(left.get(node));
        }
      }
      return order;
    }

    /** Makes the solution's BinaryNodes, keys tagged in preorder (repeated values get subscripts). */
    Object[] link(Class<?> solution) {
      List<Integer> order = preorder();
      TracedValue[] byPreorder = TracedValue.tag(order.stream().mapToInt(keys::get).toArray());
      tagged = new TracedValue[size()];
      for (int k = 0; k < order.size(); k++) {
        tagged[order.get(k)] = byPreorder[k];
      }
      try {
        Class<?> nodeClass = solution.getClassLoader().loadClass(NODE);
        Constructor<?> constructor = nodeClass.getConstructor(Object.class);
        Field leftField = nodeClass.getField("left");
        Field rightField = nodeClass.getField("right");
        Object[] nodes = new Object[size()];
        for (int node = 0; node < size(); node++) {
          nodes[node] = constructor.newInstance(tagged[node]);
        }
        for (int node = 0; node < size(); node++) {
          leftField.set(nodes[node], left.get(node) < 0 ? null : nodes[left.get(node)]);
          rightField.set(nodes[node], right.get(node) < 0 ? null : nodes[right.get(node)]);
        }
        return nodes;
      } catch (ReflectiveOperationException e) {
        throw new IllegalArgumentException("cannot build the exercise's BinaryNode tree: " + e, e);
      }
    }

    /**
     * A query key for {@code value}: equal to the key of the node holding it, if one does (as two
     * equal integers are), yet another object, so the trace tells the query from the node.
     */
    TracedValue keyObject(int value, int id) {
      return Arrays.stream(tagged).filter(key -> key.value() == value).findFirst()
          .map(key -> new TracedValue(key.value(), key.id(), key.label()))
          .orElse(new TracedValue(value, id, Integer.toString(value)));
    }
  }
}
