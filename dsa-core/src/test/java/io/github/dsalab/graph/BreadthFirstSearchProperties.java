package io.github.dsalab.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.jgrapht.alg.interfaces.ShortestPathAlgorithm.SingleSourcePaths;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.graph.DefaultWeightedEdge;

class BreadthFirstSearchProperties {

  @Provide
  Arbitrary<Tuple2<GraphSpec, int[]>> graphWithSources() {
    return GraphSpec.graphs(1)
        .flatMap(
            spec ->
                Arbitraries.integers()
                    .between(0, spec.vertexCount() - 1)
                    .array(int[].class)
                    .ofMinSize(1)
                    .ofMaxSize(3)
                    .map(sources -> Tuple.of(spec, sources)));
  }

  @Property(tries = 250)
  void distancesMatchJGraphTFromTheNearestSource(
      @ForAll("graphWithSources") Tuple2<GraphSpec, int[]> input) {
    GraphSpec spec = input.get1();
    int[] sources = input.get2();
    BreadthFirstSearch bfs = new BreadthFirstSearch(spec.toGraph(), sources);
    org.jgrapht.Graph<Integer, DefaultWeightedEdge> oracle = spec.toJGraphT();
    BFSShortestPath<Integer, DefaultWeightedEdge> jgrapht = new BFSShortestPath<>(oracle);
    double[] expected = new double[spec.vertexCount()];
    java.util.Arrays.fill(expected, Double.POSITIVE_INFINITY);
    for (int s : sources) {
      SingleSourcePaths<Integer, DefaultWeightedEdge> paths = jgrapht.getPaths(s);
      for (int v = 0; v < spec.vertexCount(); v++) {
        if (paths.getPath(v) != null) {
          expected[v] = Math.min(expected[v], paths.getPath(v).getLength());
        }
      }
    }
    for (int v = 0; v < spec.vertexCount(); v++) {
      if (expected[v] == Double.POSITIVE_INFINITY) {
        assertFalse(bfs.hasPathTo(v), "vertex " + v);
      } else {
        assertTrue(bfs.hasPathTo(v), "vertex " + v);
        assertEquals((int) expected[v], bfs.distanceTo(v), "vertex " + v);
      }
    }
  }

  @Property(tries = 250)
  void parentsFormAShortestPathTreeAndPathsFollowIt(
      @ForAll("graphWithSources") Tuple2<GraphSpec, int[]> input) {
    Graph g = input.get1().toGraph();
    BreadthFirstSearch bfs = new BreadthFirstSearch(g, input.get2());
    for (int v = 0; v < g.vertexCount(); v++) {
      if (!bfs.hasPathTo(v) || bfs.distanceTo(v) == 0) {
        continue;
      }
      int parent = bfs.parentOf(v);
      assertTrue(GraphSpec.hasArc(g, parent, v), "arc " + parent + "->" + v);
      assertEquals(bfs.distanceTo(v), bfs.distanceTo(parent) + 1);
      List<Integer> path = bfs.pathTo(v);
      assertEquals(bfs.distanceTo(v) + 1, path.size());
      assertEquals(0, bfs.distanceTo(path.get(0)));
      assertEquals(v, path.get(path.size() - 1));
      for (int i = 1; i < path.size(); i++) {
        assertTrue(GraphSpec.hasArc(g, path.get(i - 1), path.get(i)));
      }
    }
    for (int s : input.get2()) {
      assertEquals(0, bfs.distanceTo(s));
    }
  }

  @Property(tries = 250)
  void visitOrderHoldsEachReachedVertexOnceByDistance(
      @ForAll("graphWithSources") Tuple2<GraphSpec, int[]> input) {
    Graph g = input.get1().toGraph();
    BreadthFirstSearch bfs = new BreadthFirstSearch(g, input.get2());
    List<Integer> order = bfs.visitOrder();
    Set<Integer> seen = new HashSet<>(order);
    assertEquals(order.size(), seen.size());
    for (int v = 0; v < g.vertexCount(); v++) {
      assertEquals(bfs.hasPathTo(v), seen.contains(v));
    }
    for (int i = 1; i < order.size(); i++) {
      assertTrue(bfs.distanceTo(order.get(i - 1)) <= bfs.distanceTo(order.get(i)));
    }
  }

  /** The constant is exactly 1: each arc leaving a reached vertex is read once, no other arc. */
  @Property(tries = 250)
  void scansEachArcOfEachReachedVertexExactlyOnce(
      @ForAll("graphWithSources") Tuple2<GraphSpec, int[]> input) {
    CountingGraph counted = CountingGraph.of(input.get1().toGraph());
    BreadthFirstSearch bfs = new BreadthFirstSearch(counted, input.get2());
    long expected = 0;
    for (int v : bfs.visitOrder()) {
      expected += counted.degree(v);
    }
    assertEquals(expected, counted.arcsScanned());
  }
}
