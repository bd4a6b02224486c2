package io.github.dsalab.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class BreadthFirstSearchTest {
  //  0 - 1 - 2      5
  //  |       |
  //  3 ----- 4
  private final Graph square =
      Graph.builder(6)
          .undirected()
          .addEdge(0, 1)
          .addEdge(1, 2)
          .addEdge(0, 3)
          .addEdge(3, 4)
          .addEdge(4, 2)
          .build();

  @Test
  void findsDistancesParentsAndPathsInEdges() {
    BreadthFirstSearch bfs = new BreadthFirstSearch(square, 0);
    assertEquals(0, bfs.distanceTo(0));
    assertEquals(1, bfs.distanceTo(3));
    assertEquals(2, bfs.distanceTo(2));
    assertEquals(1, bfs.parentOf(2));
    assertEquals(3, bfs.parentOf(4));
    assertEquals(List.of(0, 1, 2), bfs.pathTo(2));
    assertEquals(List.of(0), bfs.pathTo(0));
    assertEquals(List.of(0, 1, 3, 2, 4), bfs.visitOrder());
  }

  @Test
  void anUnreachableVertexHasNoDistanceParentOrPath() {
    BreadthFirstSearch bfs = new BreadthFirstSearch(square, 0);
    assertFalse(bfs.hasPathTo(5));
    assertEquals(
        "vertex 5 is not reachable from the sources",
        assertThrows(NoSuchElementException.class, () -> bfs.distanceTo(5)).getMessage());
    assertThrows(NoSuchElementException.class, () -> bfs.parentOf(5));
    assertThrows(NoSuchElementException.class, () -> bfs.pathTo(5));
    assertEquals(
        "vertex 0 is a source and has no parent",
        assertThrows(NoSuchElementException.class, () -> bfs.parentOf(0)).getMessage());
  }

  @Test
  void multiSourceSearchMeasuresFromTheNearestSource() {
    BreadthFirstSearch bfs = new BreadthFirstSearch(square, 2, 5, 2);
    assertEquals(0, bfs.distanceTo(5));
    assertEquals(2, bfs.distanceTo(0));
    assertEquals(1, bfs.distanceTo(4));
    assertEquals(List.of(2, 5, 1, 4, 0, 3), bfs.visitOrder());
    assertEquals(3, bfs.pathTo(0).size());
  }

  @Test
  void followsArcsForwardsOnlyInADirectedGraph() {
    Graph chain = Graph.builder(3).directed().addEdge(0, 1).addEdge(1, 2).build();
    BreadthFirstSearch fromMiddle = new BreadthFirstSearch(chain, 1);
    assertTrue(fromMiddle.hasPathTo(2));
    assertFalse(fromMiddle.hasPathTo(0));
  }

  @Test
  void rejectsBadArguments() {
    assertThrows(NullPointerException.class, () -> new BreadthFirstSearch(null, 0));
    assertEquals(
        "sources",
        assertThrows(NullPointerException.class, () -> new BreadthFirstSearch(square, (int[]) null))
            .getMessage());
    assertThrows(IllegalArgumentException.class, () -> new BreadthFirstSearch(square));
    assertEquals(
        "vertex 6 is not between 0 and 5",
        assertThrows(IllegalArgumentException.class, () -> new BreadthFirstSearch(square, 6))
            .getMessage());
    BreadthFirstSearch bfs = new BreadthFirstSearch(square, 0);
    assertThrows(IllegalArgumentException.class, () -> bfs.hasPathTo(-1));
  }

  @Test
  void theResultListsAreReadOnly() {
    BreadthFirstSearch bfs = new BreadthFirstSearch(square, 0);
    assertThrows(UnsupportedOperationException.class, () -> bfs.visitOrder().set(0, 4));
    assertThrows(UnsupportedOperationException.class, () -> bfs.pathTo(2).add(4));
    assertThrows(IndexOutOfBoundsException.class, () -> bfs.visitOrder().get(5));
  }
}
