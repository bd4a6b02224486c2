package io.github.dsalab.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class TopologicalSortTest {
  private static final List<Function<Graph, TopologicalSort>> ALGORITHMS =
      List.of(TopologicalSort::kahn, TopologicalSort::depthFirst);

  //  socks -> shoes <- trousers <- underwear      (0 socks, 1 shoes, 2 trousers, 3 underwear)
  private final Graph dressing =
      Graph.builder(4).directed().addEdge(0, 1).addEdge(2, 1).addEdge(3, 2).build();

  @Test
  void kahnTakesInDegreeZeroFirstInFirstOut() {
    TopologicalSort sort = TopologicalSort.kahn(dressing);
    assertTrue(sort.hasOrder());
    assertEquals(List.of(0, 3, 2, 1), sort.order());
    assertEquals(3, sort.rankOf(1));
  }

  @Test
  void depthFirstGivesTheReversePostorder() {
    TopologicalSort sort = TopologicalSort.depthFirst(dressing);
    assertEquals(List.of(3, 2, 0, 1), sort.order());
    assertEquals(0, sort.rankOf(3));
  }

  @Test
  void aCycleIsReportedInsteadOfAnOrder() {
    Graph cyclic =
        Graph.builder(5).directed().addEdge(0, 1).addEdge(1, 2).addEdge(2, 3).addEdge(3, 1).addEdge(3, 4).build();
    for (Function<Graph, TopologicalSort> algorithm : ALGORITHMS) {
      TopologicalSort sort = algorithm.apply(cyclic);
      assertFalse(sort.hasOrder());
      assertEquals(3, sort.cycle().size());
      GraphAssertions.assertCycle(cyclic, sort.cycle());
      assertThrows(IllegalStateException.class, sort::order);
      assertThrows(IllegalStateException.class, () -> sort.rankOf(0));
    }
  }

  @Test
  void aSelfLoopIsACycleOfOneVertex() {
    Graph loop = Graph.builder(2).directed().addEdge(0, 1).addEdge(1, 1).build();
    for (Function<Graph, TopologicalSort> algorithm : ALGORITHMS) {
      assertEquals(List.of(1), algorithm.apply(loop).cycle());
    }
  }

  @Test
  void anAcyclicGraphHasNoCycle() {
    for (Function<Graph, TopologicalSort> algorithm : ALGORITHMS) {
      TopologicalSort sort = algorithm.apply(dressing);
      assertEquals(
          "the graph is acyclic and so has no cycle",
          assertThrows(IllegalStateException.class, sort::cycle).getMessage());
      assertThrows(IllegalArgumentException.class, () -> sort.rankOf(4));
    }
  }

  @Test
  void undirectedGraphsHaveNoTopologicalOrder() {
    Graph undirected = Graph.builder(2).undirected().addEdge(0, 1).build();
    for (Function<Graph, TopologicalSort> algorithm : ALGORITHMS) {
      assertThrows(IllegalArgumentException.class, () -> algorithm.apply(undirected));
      assertThrows(NullPointerException.class, () -> algorithm.apply(null));
    }
  }
}
