package io.github.dsalab.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class WeightedPathsTest {
  //  0 --4-- 1
  //  |       |        3 alone
  //  1       1
  //  |       |
  //  2 --1-- 4    and a heavy direct edge 0 --9-- 4
  private final WeightedGraph roads =
      WeightedGraph.builder(5).undirected()
          .addEdge(0, 1, 4).addEdge(0, 2, 1).addEdge(2, 4, 1).addEdge(4, 1, 1).addEdge(0, 4, 9)
          .build();

  @Test
  void dijkstraFindsTheLightestPathNotTheShortest() {
    DijkstraShortestPaths paths = new DijkstraShortestPaths(roads, 0);
    assertEquals(3.0, paths.distanceTo(1));
    assertEquals(List.of(0, 2, 4, 1), paths.pathTo(1));
    assertEquals(4, paths.parentOf(1));
    assertEquals(List.of(0), paths.pathTo(0));
    assertEquals(0.0, paths.distanceTo(0));
  }

  @Test
  void anUnreachableVertexIsInfinitelyFarAndHasNoPath() {
    DijkstraShortestPaths paths = new DijkstraShortestPaths(roads, 0);
    assertFalse(paths.hasPathTo(3));
    assertEquals(Double.POSITIVE_INFINITY, paths.distanceTo(3));
    assertThrows(NoSuchElementException.class, () -> paths.pathTo(3));
    assertThrows(NoSuchElementException.class, () -> paths.parentOf(3));
    assertEquals(
        "vertex 0 is the source and has no parent",
        assertThrows(NoSuchElementException.class, () -> paths.parentOf(0)).getMessage());
  }

  @Test
  void dijkstraRefusesNegativeWeights() {
    WeightedGraph negative = WeightedGraph.builder(3).directed().addEdge(0, 1, 2).addEdge(1, 2, -1.5).build();
    assertEquals(
        "arc 1 -> 2 has negative weight -1.5; Dijkstra needs weights of 0 or more",
        assertThrows(IllegalArgumentException.class, () -> new DijkstraShortestPaths(negative, 0))
            .getMessage());
    assertThrows(IllegalArgumentException.class, () -> new DijkstraShortestPaths(roads, 5));
    assertThrows(NullPointerException.class, () -> new DijkstraShortestPaths(null, 0));
  }

  @Test
  void kruskalKeepsTheLightEdges() {
    KruskalMinimumSpanningTree mst = new KruskalMinimumSpanningTree(roads);
    assertEquals(
        // equal weights: the edge met first scanning vertices 0, 1, 2, ... comes first
        List.of(new WeightedEdge(0, 2, 1), new WeightedEdge(1, 4, 1), new WeightedEdge(2, 4, 1)),
        mst.edges());
    assertEquals(3.0, mst.weight());
  }

  @Test
  void kruskalNeedsAnUndirectedGraph() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new KruskalMinimumSpanningTree(WeightedGraph.builder(2).directed().build()));
    assertThrows(NullPointerException.class, () -> new KruskalMinimumSpanningTree(null));
    assertEquals(0.0, new KruskalMinimumSpanningTree(WeightedGraph.builder(0).undirected().build()).weight());
  }

  @Test
  void dijkstraRelaxesEachArcOfEachReachableVertexOnce() {
    CountingWeightedGraph counted = CountingWeightedGraph.of(roads);
    new DijkstraShortestPaths(counted, 0);
    assertEquals(10, counted.arcsScanned()); // the 5 edges among 0, 1, 2, 4, twice each
  }
}
