package io.github.dsalab.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.shortestpath.BellmanFordShortestPath;
import org.jgrapht.graph.DefaultWeightedEdge;

/** Dijkstra and Kruskal against JGraphT; integer weights keep every sum exact. */
class WeightedPathsProperties {

  @Provide
  Arbitrary<Tuple2<GraphSpec, Integer>> graphWithSource() {
    return GraphSpec.graphs(1)
        .flatMap(
            spec ->
                Arbitraries.integers()
                    .between(0, spec.vertexCount() - 1)
                    .map(source -> Tuple.of(spec, source)));
  }

  @Provide
  Arbitrary<GraphSpec> undirectedSigned() {
    return GraphSpec.undirectedSignedGraphs();
  }

  @Property(tries = 250)
  void dijkstraDistancesMatchJGraphT(@ForAll("graphWithSource") Tuple2<GraphSpec, Integer> input) {
    GraphSpec spec = input.get1();
    int source = input.get2();
    DijkstraShortestPaths paths = new DijkstraShortestPaths(spec.toWeightedGraph(), source);
    BellmanFordShortestPath<Integer, DefaultWeightedEdge> oracle =
        new BellmanFordShortestPath<>(spec.toJGraphT());
    for (int v = 0; v < spec.vertexCount(); v++) {
      double expected = oracle.getPathWeight(source, v);
      assertEquals(expected, paths.distanceTo(v), "vertex " + v);
      assertEquals(expected < Double.POSITIVE_INFINITY, paths.hasPathTo(v));
    }
  }

  @Property(tries = 250)
  void dijkstraPathsAddUpToTheDistance(@ForAll("graphWithSource") Tuple2<GraphSpec, Integer> input) {
    WeightedGraph g = input.get1().toWeightedGraph();
    int source = input.get2();
    DijkstraShortestPaths paths = new DijkstraShortestPaths(g, source);
    for (int v = 0; v < g.vertexCount(); v++) {
      if (!paths.hasPathTo(v)) {
        continue;
      }
      List<Integer> path = paths.pathTo(v);
      assertEquals(source, path.get(0));
      assertEquals(v, path.get(path.size() - 1));
      double total = 0;
      for (int k = 1; k < path.size(); k++) {
        total += lightestArc(g, path.get(k - 1), path.get(k));
        if (k == path.size() - 1) {
          assertEquals(path.get(k - 1), paths.parentOf(v));
        }
      }
      assertEquals(paths.distanceTo(v), total, "vertex " + v);
    }
  }

  private static double lightestArc(WeightedGraph g, int u, int v) {
    double lightest = Double.POSITIVE_INFINITY;
    for (int i = 0; i < g.degree(u); i++) {
      if (g.neighbour(u, i) == v) {
        lightest = Math.min(lightest, g.weight(u, i));
      }
    }
    assertTrue(lightest < Double.POSITIVE_INFINITY, "no arc " + u + "->" + v);
    return lightest;
  }

  @Property(tries = 250)
  void kruskalWeightMatchesJGraphTAndTheForestSpansEachComponent(
      @ForAll("undirectedSigned") GraphSpec spec) {
    WeightedGraph g = spec.toWeightedGraph();
    KruskalMinimumSpanningTree mst = new KruskalMinimumSpanningTree(g);
    double expected =
        new org.jgrapht.alg.spanning.KruskalMinimumSpanningTree<>(spec.toJGraphT())
            .getSpanningTree()
            .getWeight();
    assertEquals(expected, mst.weight());
    int components = new ConnectivityInspector<>(spec.toJGraphT()).connectedSets().size();
    assertEquals(g.vertexCount() - components, mst.edges().size());
    UnionFind forest = new UnionFind(g.vertexCount());
    double total = 0;
    for (WeightedEdge e : mst.edges()) {
      assertTrue(forest.union(e.from(), e.to()), "the edges close a cycle at " + e);
      assertTrue(e.from() < e.to());
      assertTrue(hasEdge(g, e));
      total += e.weight();
    }
    assertEquals(mst.weight(), total);
    for (int k = 1; k < mst.edges().size(); k++) {
      assertFalse(mst.edges().get(k - 1).weight() > mst.edges().get(k).weight());
    }
  }

  private static boolean hasEdge(WeightedGraph g, WeightedEdge e) {
    for (int i = 0; i < g.degree(e.from()); i++) {
      if (g.neighbour(e.from(), i) == e.to() && g.weight(e.from(), i) == e.weight()) {
        return true;
      }
    }
    return false;
  }
}
