package io.github.dsalab.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntUnaryOperator;

/** Checks shared by the graph algorithm tests. */
final class GraphAssertions {
  private GraphAssertions() {}

  /** The partition of the vertices that a component labelling describes. */
  static Set<Set<Integer>> partition(int vertexCount, IntUnaryOperator componentOf) {
    Map<Integer, Set<Integer>> groups = new HashMap<>();
    for (int v = 0; v < vertexCount; v++) {
      groups.computeIfAbsent(componentOf.applyAsInt(v), id -> new HashSet<>()).add(v);
    }
    return new HashSet<>(groups.values());
  }

  /** {@code cycle} is a closed walk along arcs of {@code graph} through distinct vertices. */
  static void assertCycle(Graph graph, List<Integer> cycle) {
    assertFalse(cycle.isEmpty());
    assertEquals(cycle.size(), new HashSet<>(cycle).size(), "vertices repeat in " + cycle);
    for (int k = 0; k < cycle.size(); k++) {
      int from = cycle.get(k);
      int to = cycle.get((k + 1) % cycle.size());
      assertTrue(GraphSpec.hasArc(graph, from, to), "no arc " + from + "->" + to + " in " + cycle);
    }
  }

  /** {@code order} lists every vertex once and every arc goes forwards in it. */
  static void assertTopological(Graph graph, List<Integer> order) {
    int n = graph.vertexCount();
    assertEquals(n, order.size());
    int[] rank = new int[n];
    java.util.Arrays.fill(rank, -1);
    for (int i = 0; i < n; i++) {
      assertEquals(-1, rank[order.get(i)], "repeated vertex " + order.get(i));
      rank[order.get(i)] = i;
    }
    for (int u = 0; u < n; u++) {
      for (int i = 0; i < graph.degree(u); i++) {
        int v = graph.neighbour(u, i);
        assertTrue(rank[u] < rank[v], "arc " + u + "->" + v + " goes backwards in " + order);
      }
    }
  }
}
