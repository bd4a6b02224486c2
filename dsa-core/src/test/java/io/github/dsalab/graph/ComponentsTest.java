package io.github.dsalab.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ComponentsTest {

  @Test
  void strongComponentsOfASmallGraph() {
    // {0, 1, 2} is a cycle, 2 -> 3, {3, 4} is a cycle, 5 alone with a self-loop
    Graph g =
        Graph.builder(6).directed()
            .addEdge(0, 1).addEdge(1, 2).addEdge(2, 0).addEdge(2, 3)
            .addEdge(3, 4).addEdge(4, 3).addEdge(5, 5)
            .build();
    StronglyConnectedComponents scc = new StronglyConnectedComponents(g);
    assertEquals(3, scc.count());
    assertTrue(scc.stronglyConnected(0, 2));
    assertTrue(scc.stronglyConnected(4, 3));
    assertFalse(scc.stronglyConnected(2, 3));
    assertEquals(0, scc.componentOf(3)); // the sink component comes out first
    assertEquals(1, scc.componentOf(0));
    assertEquals(2, scc.componentOf(5));
    assertThrows(IllegalArgumentException.class, () -> scc.componentOf(6));
  }

  @Test
  void connectedComponentsOfASmallGraph() {
    Graph g = Graph.builder(5).undirected().addEdge(3, 1).addEdge(4, 0).build();
    ConnectedComponents cc = new ConnectedComponents(g);
    assertEquals(3, cc.count());
    assertEquals(0, cc.componentOf(4));
    assertEquals(1, cc.componentOf(3));
    assertEquals(2, cc.componentOf(2));
    assertEquals(2, cc.sizeOf(1));
    assertEquals(1, cc.sizeOf(2));
    assertTrue(cc.connected(0, 4));
    assertFalse(cc.connected(0, 1));
    assertThrows(IndexOutOfBoundsException.class, () -> cc.sizeOf(3));
    assertThrows(IllegalArgumentException.class, () -> cc.componentOf(-1));
  }

  @Test
  void connectedComponentsNeedAnUndirectedGraph() {
    Graph directed = Graph.builder(2).directed().build();
    assertThrows(IllegalArgumentException.class, () -> new ConnectedComponents(directed));
    assertThrows(NullPointerException.class, () -> new ConnectedComponents(null));
    assertThrows(NullPointerException.class, () -> new StronglyConnectedComponents(null));
  }

  @Test
  void anEmptyGraphHasNoComponents() {
    assertEquals(0, new ConnectedComponents(Graph.builder(0).undirected().build()).count());
    assertEquals(0, new StronglyConnectedComponents(Graph.builder(0).directed().build()).count());
  }
}
