package io.github.dsalab.trace.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dsalab.trace.Step;
import io.github.dsalab.trace.Trace;
import io.github.dsalab.tree.AvlTree;
import io.github.dsalab.tree.BinarySearchTree;
import io.github.dsalab.tree.TreeShape;
import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** Tree traces: each search path runs from the root down, and the last shape is the tree's own. */
class TreeTraceProperties {

  @Property(tries = 100)
  void pathsRunFromTheRootDownAndTheLastShapeIsTheTrees(
      @ForAll @Size(min = 1, max = 30) List<@IntRange(min = 0, max = 60) Integer> keys, @ForAll boolean avl) {
    int[] input = keys.stream().mapToInt(Integer::intValue).toArray();
    Trace trace = TreeTracer.putThenGet("t", "t", avl, input, new int[] {input[0], 61}, List.of());
    for (Step step : trace.steps()) {
      TreeState state = (TreeState) step.state();
      List<String> path = state.path();
      if (!path.isEmpty() && step.event().contains("compare with")) {
        assertEquals(state.keys().get(0), path.get(0), "a search starts at the root: " + step.text());
      }
      for (int k = 1; k < path.size() && step.event().contains("compare with"); k++) {
        int parent = state.keys().indexOf(path.get(k - 1));
        int child = state.keys().indexOf(path.get(k));
        assertTrue(state.left().get(parent) == child || state.right().get(parent) == child,
            "each step of the path goes down one edge: " + step.text());
      }
    }
    TreeState last = (TreeState) trace.finalState();
    List<Integer> expected = avl ? preorder(input, true) : preorder(input, false);
    assertEquals(expected.stream().map(String::valueOf).toList(),
        last.keys().stream().map(label -> label.replaceAll("[₀-₉]", "")).toList());
    assertEquals(new TreeSet<>(keys).size(), last.keys().size());
  }

  private static List<Integer> preorder(int[] keys, boolean avl) {
    if (avl) {
      AvlTree<Integer, Integer> tree = new AvlTree<>();
      for (int k : keys) {
        tree.put(k, k);
      }
      return TreeShape.of(tree).preorder();
    }
    BinarySearchTree<Integer, Integer> tree = new BinarySearchTree<>();
    for (int k : keys) {
      tree.put(k, k);
    }
    return TreeShape.of(tree).preorder();
  }

  @Test
  void threeAscendingKeysMakeTheAvlTreeRotateLeftAtTheRoot() {
    Trace trace = TreeTracer.putThenGet("avl-tree", "AVL tree", true, new int[] {1, 2, 3}, new int[0], List.of());
    Step third = trace.steps().get(trace.steps().size() - 1);
    assertEquals("put 3: inserted as the right child of 2; rebalanced: 2 lifted above 1 (a rotation)", third.text());
    assertEquals(List.of("2"), ((TreeState) third.state()).lifted());
    assertEquals(List.of("2", "1", "3"), ((TreeState) third.state()).keys());
  }

  @Test
  void aDoubleRotationLiftsTheMiddleKeyTwice() {
    Trace trace = TreeTracer.putThenGet("avl-tree", "AVL tree", true, new int[] {3, 1, 2}, new int[0], List.of());
    Step third = trace.steps().get(trace.steps().size() - 1);
    assertTrue(third.text().endsWith("(a double rotation)"), third.text());
    assertEquals(List.of("2", "1", "3"), ((TreeState) third.state()).keys());
  }
}
