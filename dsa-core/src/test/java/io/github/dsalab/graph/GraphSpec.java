package io.github.dsalab.graph;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.DirectedWeightedPseudograph;
import org.jgrapht.graph.WeightedPseudograph;

/**
 * A random test graph as plain data, which both dsa-core and JGraphT (the oracle) are built from.
 * Small vertex counts make self-loops, parallel edges and isolated vertices common.
 */
record GraphSpec(int vertexCount, boolean directed, List<GraphSpec.Edge> edges) {

  /** An edge with a small integer weight, so that sums of weights are exact doubles. */
  record Edge(int from, int to, int weight) {}

  /** Graphs of either direction, sparse or dense, with at least {@code minVertices} vertices. */
  static Arbitrary<GraphSpec> graphs(int minVertices) {
    return Arbitraries.of(true, false).flatMap(directed -> graphs(minVertices, directed, 0, 20));
  }

  static Arbitrary<GraphSpec> directedGraphs(int minVertices) {
    return graphs(minVertices, true, 0, 20);
  }

  static Arbitrary<GraphSpec> undirectedGraphs(int minVertices) {
    return graphs(minVertices, false, 0, 20);
  }

  /** Undirected graphs whose weights may be negative or zero. */
  static Arbitrary<GraphSpec> undirectedSignedGraphs() {
    return graphs(0, false, -10, 20);
  }

  /** Directed acyclic graphs: every edge goes up a random ranking of the vertices. */
  static Arbitrary<GraphSpec> directedAcyclicGraphs(int minVertices) {
    return directedGraphs(minVertices)
        .flatMap(
            spec ->
                Arbitraries.shuffle(range(spec.vertexCount()))
                    .map(
                        rank -> {
                          List<Edge> upward = new ArrayList<>();
                          for (Edge e : spec.edges()) {
                            if (e.from() != e.to()) {
                              int low = Math.min(e.from(), e.to());
                              int high = Math.max(e.from(), e.to());
                              upward.add(new Edge(rank.get(low), rank.get(high), e.weight()));
                            }
                          }
                          return new GraphSpec(spec.vertexCount(), true, upward);
                        }));
  }

  private static Arbitrary<GraphSpec> graphs(
      int minVertices, boolean directed, int minWeight, int maxWeight) {
    return Arbitraries.integers()
        .between(minVertices, 24)
        .flatMap(
            n -> {
              if (n == 0) {
                return Arbitraries.just(new GraphSpec(0, directed, List.of()));
              }
              Arbitrary<Integer> vertex = Arbitraries.integers().between(0, n - 1);
              Arbitrary<Edge> edge =
                  Combinators.combine(
                          vertex, vertex, Arbitraries.integers().between(minWeight, maxWeight))
                      .as(Edge::new);
              Arbitrary<List<Edge>> sparse = edge.list().ofMaxSize(2 * n);
              Arbitrary<List<Edge>> dense = edge.list().ofMinSize(n * n / 4).ofMaxSize(n * n);
              return Arbitraries.oneOf(sparse, dense)
                  .map(edges -> new GraphSpec(n, directed, edges));
            });
  }

  private static List<Integer> range(int n) {
    List<Integer> values = new ArrayList<>(n);
    for (int v = 0; v < n; v++) {
      values.add(v);
    }
    return values;
  }

  /** The same graph with each repeat of an edge dropped (for undirected graphs, in any direction). */
  GraphSpec withoutParallelEdges() {
    java.util.Set<List<Integer>> seen = new java.util.HashSet<>();
    List<Edge> simple = new ArrayList<>();
    for (Edge e : edges) {
      int a = directed ? e.from() : Math.min(e.from(), e.to());
      int b = directed ? e.to() : Math.max(e.from(), e.to());
      if (seen.add(List.of(a, b))) {
        simple.add(e);
      }
    }
    return new GraphSpec(vertexCount, directed, simple);
  }

  Graph toGraph() {
    GraphBuilder builder = Graph.builder(vertexCount);
    if (directed) {
      builder.directed();
    } else {
      builder.undirected();
    }
    for (Edge e : edges) {
      builder.addEdge(e.from(), e.to());
    }
    return builder.build();
  }

  WeightedGraph toWeightedGraph() {
    WeightedGraphBuilder builder = WeightedGraph.builder(vertexCount);
    if (directed) {
      builder.directed();
    } else {
      builder.undirected();
    }
    for (Edge e : edges) {
      builder.addEdge(e.from(), e.to(), e.weight());
    }
    return builder.build();
  }

  /** The same graph in JGraphT, a pseudograph so that self-loops and parallel edges survive. */
  org.jgrapht.Graph<Integer, DefaultWeightedEdge> toJGraphT() {
    org.jgrapht.Graph<Integer, DefaultWeightedEdge> graph =
        directed
            ? new DirectedWeightedPseudograph<>(DefaultWeightedEdge.class)
            : new WeightedPseudograph<>(DefaultWeightedEdge.class);
    for (int v = 0; v < vertexCount; v++) {
      graph.addVertex(v);
    }
    for (Edge e : edges) {
      DefaultWeightedEdge added = graph.addEdge(e.from(), e.to());
      graph.setEdgeWeight(added, e.weight());
    }
    return graph;
  }

  /** True if {@code graph} has an arc {@code u -> v}. */
  static boolean hasArc(Graph graph, int u, int v) {
    for (int i = 0; i < graph.degree(u); i++) {
      if (graph.neighbour(u, i) == v) {
        return true;
      }
    }
    return false;
  }

  /** The sum of the degrees of all vertices: the number of stored arcs. */
  static long arcCount(Graph graph) {
    long arcs = 0;
    for (int v = 0; v < graph.vertexCount(); v++) {
      arcs += graph.degree(v);
    }
    return arcs;
  }
}
