package io.github.dsalab.trace.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dsalab.trace.Step;
import io.github.dsalab.trace.Trace;
import io.github.dsalab.trace.TracedValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Traces of code on linked nodes, with a plain search-tree delete as the code watched: one step
 * per comparison, each naming keys of the tree it shows, and the last shape is the tree without
 * the key.
 */
class LinkedTreeWatcherProperties {
  private static LinkedNode insertAll(int[] keys) {
    LinkedNode root = null;
    for (int k = 0; k < keys.length; k++) {
      TracedValue key = new TracedValue(keys[k], k, Integer.toString(keys[k]));
      if (root == null) {
        root = new LinkedNode(key);
        continue;
      }
      LinkedNode node = root;
      while (node.key.value() != keys[k]) {
        if (keys[k] < node.key.value()) {
          if (node.left == null) {
            node.left = new LinkedNode(key);
          }
          node = node.left;
        } else {
          if (node.right == null) {
            node.right = new LinkedNode(key);
          }
          node = node.right;
        }
      }
    }
    return root;
  }

  private static LinkedNode delete(LinkedNode node, TracedValue key, Comparator<TracedValue> order) {
    if (node == null) {
      return null;
    }
    int c = order.compare(key, node.key);
    if (c < 0) {
      node.left = delete(node.left, key, order);
    } else if (c > 0) {
      node.right = delete(node.right, key, order);
    } else if (node.left == null || node.right == null) {
      return node.left == null ? node.right : node.left;
    } else {
      LinkedNode successor = node.right;
      while (successor.left != null) {
        successor = successor.left;
      }
      node.key = successor.key;
      node.right = delete(node.right, successor.key, order);
    }
    return node;
  }

  private static Trace trace(int[] keys, int removed) {
    LinkedNode root = insertAll(keys);
    TracedValue key = new TracedValue(removed, -1, Integer.toString(removed));
    return LinkedTreeWatcher.watch("delete", "delete", root, "delete " + removed,
        order -> delete(root, key, order), true, List.of());
  }

  @Property(tries = 80)
  void eachComparisonIsAStepAndTheLastShapeLacksTheKey(
      @ForAll @Size(min = 1, max = 25) List<@IntRange(min = 0, max = 30) Integer> keys,
      @ForAll @IntRange(min = 0, max = 30) int removed) {
    int[] input = keys.stream().mapToInt(Integer::intValue).toArray();
    Trace trace = trace(input, removed);
    List<Step> steps = trace.steps();
    for (int k = 1; k < steps.size() - 1; k++) {
      TreeState before = (TreeState) steps.get(k - 1).state();
      TreeState after = (TreeState) steps.get(k).state();
      assertEquals(before.comparisons() + 1, after.comparisons(), steps.get(k).text());
      assertTrue(steps.get(k).event().startsWith("delete " + removed + ": compare "), steps.get(k).event());
      assertTrue(after.current().isEmpty() || after.keys().contains(after.current()), "the node compared is drawn");
    }
    TreeSet<Integer> expected = new TreeSet<>(keys);
    expected.remove(removed);
    List<String> inOrder = new ArrayList<>(((TreeState) trace.finalState()).keys());
    inOrder.sort(Comparator.comparingInt(Integer::parseInt));
    assertEquals(expected.stream().map(String::valueOf).toList(), inOrder, trace.result());
    assertTrue(trace.result().startsWith(expected.isEmpty() ? "returned the empty tree" : "returned a tree of "
        + expected.size() + " keys"), trace.result());
    assertEquals(trace.toJson().toString(), trace(input, removed).toJson().toString(), "the same run, the same trace");
  }
}
