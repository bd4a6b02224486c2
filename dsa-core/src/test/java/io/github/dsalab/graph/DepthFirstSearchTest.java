package io.github.dsalab.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class DepthFirstSearchTest {
  //  0 -> 1 -> 2      arcs in this order: 0->1, 0->2, 1->2, 2->0, 3->2, 3->3
  //  |         ^ |
  //  +---------+ |    3 -> 2, and a self-loop on 3
  //  ^-----------+
  private final Graph graph =
      Graph.builder(4)
          .directed()
          .addEdge(0, 1)
          .addEdge(0, 2)
          .addEdge(1, 2)
          .addEdge(2, 0)
          .addEdge(3, 2)
          .addEdge(3, 3)
          .build();

  @Test
  void classifiesEveryKindOfArc() {
    DepthFirstSearch dfs = new DepthFirstSearch(graph);
    assertEquals(EdgeType.TREE, dfs.edgeType(0, 0)); // 0->1
    assertEquals(EdgeType.FORWARD, dfs.edgeType(0, 1)); // 0->2, 2 found through 1
    assertEquals(EdgeType.TREE, dfs.edgeType(1, 0)); // 1->2
    assertEquals(EdgeType.BACK, dfs.edgeType(2, 0)); // 2->0
    assertEquals(EdgeType.CROSS, dfs.edgeType(3, 0)); // 3->2, an earlier tree
    assertEquals(EdgeType.BACK, dfs.edgeType(3, 1)); // self-loop
  }

  @Test
  void recordsTimesAndOrders() {
    DepthFirstSearch dfs = new DepthFirstSearch(graph);
    assertEquals(List.of(0, 1, 2, 3), dfs.preorder());
    assertEquals(List.of(2, 1, 0, 3), dfs.postorder());
    assertEquals(List.of(3, 0, 1, 2), dfs.reversePostorder());
    // 0 [0, 5], 1 [1, 4], 2 [2, 3], 3 [6, 7]
    assertEquals(0, dfs.discoveryTime(0));
    assertEquals(5, dfs.finishTime(0));
    assertEquals(2, dfs.discoveryTime(2));
    assertEquals(3, dfs.finishTime(2));
    assertEquals(6, dfs.discoveryTime(3));
    assertEquals(7, dfs.finishTime(3));
    assertEquals(1, dfs.parentOf(2));
    assertEquals(
        "vertex 3 is a root and has no parent",
        assertThrows(NoSuchElementException.class, () -> dfs.parentOf(3)).getMessage());
  }

  @Test
  void aSearchFromOneSourceLeavesTheRestUnvisited() {
    DepthFirstSearch dfs = new DepthFirstSearch(graph, 1);
    assertTrue(dfs.isVisited(0));
    assertFalse(dfs.isVisited(3));
    assertEquals(List.of(1, 2, 0), dfs.preorder());
    assertEquals(
        "vertex 3 was not visited",
        assertThrows(NoSuchElementException.class, () -> dfs.discoveryTime(3)).getMessage());
    assertThrows(NoSuchElementException.class, () -> dfs.edgeType(3, 0));
    assertThrows(IndexOutOfBoundsException.class, () -> dfs.edgeType(1, 1));
  }

  @Test
  void undirectedGraphsAreSearchedButNotClassified() {
    Graph path = Graph.builder(3).undirected().addEdge(0, 1).addEdge(1, 2).build();
    DepthFirstSearch dfs = new DepthFirstSearch(path, 2);
    assertEquals(List.of(2, 1, 0), dfs.preorder());
    assertEquals(
        "edges are classified in directed graphs only",
        assertThrows(IllegalStateException.class, () -> dfs.edgeType(0, 0)).getMessage());
  }

  @Test
  void rejectsBadArguments() {
    assertEquals(
        "graph", assertThrows(NullPointerException.class, () -> new DepthFirstSearch(null)).getMessage());
    assertEquals(
        "graph",
        assertThrows(NullPointerException.class, () -> new DepthFirstSearch(null, 0)).getMessage());
    assertEquals(
        "vertex 4 is not between 0 and 3",
        assertThrows(IllegalArgumentException.class, () -> new DepthFirstSearch(graph, 4))
            .getMessage());
  }
}
