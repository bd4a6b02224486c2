package io.github.dsalab.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BipartiteTest {

  @Test
  void anEvenCycleSplitsIntoTwoSides() {
    Graph square = Graph.builder(4).undirected().addEdge(0, 1).addEdge(1, 2).addEdge(2, 3).addEdge(3, 0).build();
    Bipartite check = new Bipartite(square);
    assertTrue(check.isBipartite());
    assertEquals(0, check.sideOf(0));
    assertEquals(1, check.sideOf(1));
    assertEquals(0, check.sideOf(2));
    assertEquals(1, check.sideOf(3));
    assertThrows(IllegalStateException.class, check::oddCycle);
  }

  @Test
  void anOddCycleIsTheWitness() {
    // a pentagon 0-1-2-3-4-0 with a tail 4-5
    Graph pentagon =
        Graph.builder(6).undirected()
            .addEdge(0, 1).addEdge(1, 2).addEdge(2, 3).addEdge(3, 4).addEdge(4, 0).addEdge(4, 5)
            .build();
    Bipartite check = new Bipartite(pentagon);
    assertFalse(check.isBipartite());
    assertEquals(5, check.oddCycle().size());
    GraphAssertions.assertCycle(pentagon, check.oddCycle());
    assertEquals(
        "the graph is not bipartite; see oddCycle()",
        assertThrows(IllegalStateException.class, () -> check.sideOf(0)).getMessage());
  }

  @Test
  void aSelfLoopIsAnOddCycleOfOneVertex() {
    Graph loop = Graph.builder(3).undirected().addEdge(0, 1).addEdge(2, 2).build();
    assertEquals(List.of(2), new Bipartite(loop).oddCycle());
  }

  @Test
  void needsAnUndirectedGraph() {
    assertThrows(IllegalArgumentException.class, () -> new Bipartite(Graph.builder(1).directed().build()));
    assertThrows(NullPointerException.class, () -> new Bipartite(null));
  }
}
