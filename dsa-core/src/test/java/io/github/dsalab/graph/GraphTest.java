package io.github.dsalab.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;

class GraphTest {

  @Test
  void directedAdjacencyListsKeepTheOrderEdgesWereAdded() {
    Graph g = Graph.builder(4).directed().addEdge(0, 2).addEdge(0, 1).addEdge(3, 0).addEdge(0, 2).build();
    assertTrue(g.isDirected());
    assertEquals(4, g.vertexCount());
    assertEquals(4, g.edgeCount());
    assertEquals(List.of(2, 1, 2), neighbours(g, 0));
    assertEquals(List.of(), neighbours(g, 1));
    assertEquals(List.of(0), neighbours(g, 3));
  }

  @Test
  void undirectedEdgeIsTwoArcsButASelfLoopIsOne() {
    Graph g = Graph.builder(3).undirected().addEdge(0, 1).addEdge(1, 1).addEdge(2, 1).build();
    assertFalse(g.isDirected());
    assertEquals(3, g.edgeCount());
    assertEquals(List.of(1), neighbours(g, 0));
    assertEquals(List.of(0, 1, 2), neighbours(g, 1));
    assertEquals(3, g.degree(1));
    assertEquals(5, GraphSpec.arcCount(g));
  }

  @Test
  void parallelEdgesAreKept() {
    Graph g = Graph.builder(2).undirected().addEdge(0, 1).addEdge(1, 0).build();
    assertEquals(2, g.edgeCount());
    assertEquals(List.of(1, 1), neighbours(g, 0));
    assertEquals(List.of(0, 0), neighbours(g, 1));
  }

  @Test
  void weightsTravelWithTheirArcs() {
    WeightedGraph g =
        WeightedGraph.builder(3).undirected().addEdge(0, 1, 2.5).addEdge(2, 0, -1).build();
    assertEquals(List.of(1, 2), neighbours(g, 0));
    assertEquals(2.5, g.weight(0, 0));
    assertEquals(-1.0, g.weight(0, 1));
    assertEquals(-1.0, g.weight(2, 0));
    assertEquals(2.5, g.weight(1, 0));
  }

  @Test
  void anEmptyGraphIsFine() {
    Graph g = Graph.builder(0).directed().build();
    assertEquals(0, g.vertexCount());
    assertEquals(0, g.edgeCount());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> g.degree(0));
    assertEquals("vertex 0 does not exist: the graph has no vertices", e.getMessage());
  }

  @Test
  void aBadVertexIsNamedWithTheValidRange() {
    GraphBuilder builder = Graph.builder(5).directed();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> builder.addEdge(0, 7));
    assertEquals("vertex 7 is not between 0 and 4", e.getMessage());
    Graph g = builder.addEdge(0, 4).build();
    assertEquals(
        "vertex -1 is not between 0 and 4",
        assertThrows(IllegalArgumentException.class, () -> g.degree(-1)).getMessage());
    assertEquals(
        "vertex 5 is not between 0 and 4",
        assertThrows(IllegalArgumentException.class, () -> g.neighbour(5, 0)).getMessage());
    assertThrows(IndexOutOfBoundsException.class, () -> g.neighbour(0, 1));
    assertThrows(IndexOutOfBoundsException.class, () -> g.neighbour(0, -1));
  }

  @Test
  void badBuilderInputIsRejected() {
    assertEquals(
        "vertex count -1 is negative",
        assertThrows(IllegalArgumentException.class, () -> Graph.builder(-1)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> WeightedGraph.builder(-3));
    assertEquals(
        "call directed() or undirected() before build()",
        assertThrows(IllegalStateException.class, () -> Graph.builder(2).build()).getMessage());
    assertThrows(IllegalStateException.class, () -> WeightedGraph.builder(2).build());
    WeightedGraphBuilder weighted = WeightedGraph.builder(2).directed();
    assertEquals(
        "weight NaN is not a finite number",
        assertThrows(IllegalArgumentException.class, () -> weighted.addEdge(0, 1, Double.NaN))
            .getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> weighted.addEdge(0, 1, Double.POSITIVE_INFINITY));
  }

  @Test
  void laterEdgesDoNotChangeAGraphAlreadyBuilt() {
    GraphBuilder builder = Graph.builder(2).directed().addEdge(0, 1);
    Graph first = builder.build();
    Graph second = builder.addEdge(1, 0).build();
    assertEquals(1, first.edgeCount());
    assertEquals(0, first.degree(1));
    assertEquals(2, second.edgeCount());
    assertEquals(1, second.degree(1));
  }

  @Test
  void memoryIsFourBytesPerArcAndPerVertexPlusOne() {
    Graph g = Graph.builder(1000).undirected().addEdge(0, 1).addEdge(2, 2).addEdge(3, 4).build();
    CompressedSparseRowGraph csr = (CompressedSparseRowGraph) g;
    assertEquals(1001, csr.offsets.length);
    assertEquals(5, csr.targets.length);
    assertEquals(4 * 5 + 4 * 1001, csr.arrayBytes());
    assertTrue(csr.arrayBytes() <= 4 * 5 + 8 * 1000);
  }

  @Test
  void describesItself() {
    assertEquals(
        "undirected graph with 3 vertices and 1 edges",
        Graph.builder(3).undirected().addEdge(0, 1).build().toString());
    assertEquals(
        "weighted directed graph with 2 vertices and 0 edges",
        WeightedGraph.builder(2).directed().build().toString());
  }

  @Provide
  Arbitrary<GraphSpec> anyGraph() {
    return GraphSpec.graphs(0);
  }

  @Property(tries = 300)
  void adjacencyListsMatchANaiveModel(@ForAll("anyGraph") GraphSpec spec) {
    List<List<Integer>> model = new ArrayList<>();
    List<List<Double>> weights = new ArrayList<>();
    for (int v = 0; v < spec.vertexCount(); v++) {
      model.add(new ArrayList<>());
      weights.add(new ArrayList<>());
    }
    for (GraphSpec.Edge e : spec.edges()) {
      model.get(e.from()).add(e.to());
      weights.get(e.from()).add((double) e.weight());
      if (!spec.directed() && e.from() != e.to()) {
        model.get(e.to()).add(e.from());
        weights.get(e.to()).add((double) e.weight());
      }
    }
    WeightedGraph g = spec.toWeightedGraph();
    Graph plain = spec.toGraph();
    assertEquals(spec.edges().size(), g.edgeCount());
    assertEquals(spec.directed(), plain.isDirected());
    assertTrue(((CompressedSparseRowGraph) plain).hasValidRows());
    for (int v = 0; v < spec.vertexCount(); v++) {
      assertEquals(model.get(v), neighbours(g, v));
      assertEquals(model.get(v), neighbours(plain, v));
      List<Double> actualWeights = new ArrayList<>();
      for (int i = 0; i < g.degree(v); i++) {
        actualWeights.add(g.weight(v, i));
      }
      assertEquals(weights.get(v), actualWeights);
    }
  }

  @Property(tries = 100)
  void countingViewCountsNeighbourCallsOnly(@ForAll("anyGraph") GraphSpec spec) {
    WeightedGraph g = spec.toWeightedGraph();
    CountingGraph counted = CountingGraph.of(g);
    CountingWeightedGraph countedWeighted = CountingWeightedGraph.of(g);
    long arcs = 0;
    for (int v = 0; v < g.vertexCount(); v++) {
      for (int i = 0; i < counted.degree(v); i++) {
        assertEquals(g.neighbour(v, i), counted.neighbour(v, i));
        assertEquals(g.neighbour(v, i), countedWeighted.neighbour(v, i));
        assertEquals(g.weight(v, i), countedWeighted.weight(v, i));
        arcs++;
      }
    }
    assertEquals(arcs, counted.arcsScanned());
    assertEquals(arcs, countedWeighted.arcsScanned());
    assertEquals(g.edgeCount(), counted.edgeCount());
    assertEquals(g.isDirected(), countedWeighted.isDirected());
    counted.reset();
    countedWeighted.reset();
    assertEquals(0, counted.arcsScanned());
    assertEquals(0, countedWeighted.arcsScanned());
  }

  static List<Integer> neighbours(Graph g, int v) {
    List<Integer> result = new ArrayList<>();
    for (int i = 0; i < g.degree(v); i++) {
      result.add(g.neighbour(v, i));
    }
    return result;
  }
}
