package io.github.dsalab.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jgrapht.alg.cycle.CycleDetector;

class DepthFirstSearchProperties {

  @Provide
  Arbitrary<GraphSpec> directed() {
    return GraphSpec.directedGraphs(0);
  }

  @Provide
  Arbitrary<GraphSpec> any() {
    return GraphSpec.graphs(1);
  }

  @Property(tries = 250)
  void edgeTypesAgreeWithDiscoveryAndFinishTimes(@ForAll("directed") GraphSpec spec) {
    Graph g = spec.toGraph();
    DepthFirstSearch dfs = new DepthFirstSearch(g);
    for (int v = 0; v < g.vertexCount(); v++) {
      int dv = dfs.discoveryTime(v);
      int fv = dfs.finishTime(v);
      for (int i = 0; i < g.degree(v); i++) {
        int w = g.neighbour(v, i);
        int dw = dfs.discoveryTime(w);
        int fw = dfs.finishTime(w);
        switch (dfs.edgeType(v, i)) {
          case TREE:
            assertEquals(v, dfs.parentOf(w));
            assertTrue(dv < dw && dw < fw && fw < fv);
            break;
          case FORWARD:
            assertTrue(dv < dw && dw < fw && fw < fv);
            break;
          case BACK:
            assertTrue(dw <= dv && dv < fv && fv <= fw);
            break;
          case CROSS:
            assertTrue(dw < fw && fw < dv && dv < fv);
            break;
        }
      }
    }
  }

  @Property(tries = 250)
  void aDirectedGraphHasACycleExactlyWhenTheSearchFindsABackArc(
      @ForAll("directed") GraphSpec spec) {
    Graph g = spec.toGraph();
    DepthFirstSearch dfs = new DepthFirstSearch(g);
    boolean backArc = false;
    int treeArcs = 0;
    for (int v = 0; v < g.vertexCount(); v++) {
      for (int i = 0; i < g.degree(v); i++) {
        backArc |= dfs.edgeType(v, i) == EdgeType.BACK;
        treeArcs += dfs.edgeType(v, i) == EdgeType.TREE ? 1 : 0;
      }
    }
    assertEquals(new CycleDetector<>(spec.toJGraphT()).detectCycles(), backArc);
    int roots = 0;
    for (int v = 0; v < g.vertexCount(); v++) {
      roots += isRoot(dfs, v) ? 1 : 0;
    }
    assertEquals(g.vertexCount() - roots, treeArcs);
  }

  private static boolean isRoot(DepthFirstSearch dfs, int v) {
    try {
      dfs.parentOf(v);
      return false;
    } catch (java.util.NoSuchElementException e) {
      return true;
    }
  }

  @Property(tries = 250)
  void timesAreDistinctAndOrdersFollowThem(@ForAll("any") GraphSpec spec) {
    Graph g = spec.toGraph();
    DepthFirstSearch dfs = new DepthFirstSearch(g, 0);
    List<Integer> pre = dfs.preorder();
    List<Integer> post = dfs.postorder();
    assertEquals(pre.size(), post.size());
    assertEquals(new HashSet<>(pre), new HashSet<>(post));
    Set<Integer> times = new HashSet<>();
    for (int v : pre) {
      times.add(dfs.discoveryTime(v));
      times.add(dfs.finishTime(v));
    }
    assertEquals(2 * pre.size(), times.size());
    for (int t : times) {
      assertTrue(0 <= t && t < 2 * pre.size());
    }
    for (int k = 1; k < pre.size(); k++) {
      assertTrue(dfs.discoveryTime(pre.get(k - 1)) < dfs.discoveryTime(pre.get(k)));
      assertTrue(dfs.finishTime(post.get(k - 1)) < dfs.finishTime(post.get(k)));
    }
    for (int k = 0; k < post.size(); k++) {
      assertEquals(post.get(post.size() - 1 - k), dfs.reversePostorder().get(k));
    }
    BreadthFirstSearch bfs = new BreadthFirstSearch(g, 0);
    for (int v = 0; v < g.vertexCount(); v++) {
      assertEquals(bfs.hasPathTo(v), dfs.isVisited(v), "vertex " + v);
    }
  }

  /** The constant is exactly 1: each arc leaving a visited vertex is read once, no other arc. */
  @Property(tries = 250)
  void scansEachArcOfEachVisitedVertexExactlyOnce(@ForAll("any") GraphSpec spec) {
    CountingGraph counted = CountingGraph.of(spec.toGraph());
    DepthFirstSearch fromZero = new DepthFirstSearch(counted, 0);
    long expected = 0;
    for (int v : fromZero.preorder()) {
      expected += counted.degree(v);
    }
    assertEquals(expected, counted.arcsScanned());
    counted.reset();
    new DepthFirstSearch(counted);
    assertEquals(GraphSpec.arcCount(counted), counted.arcsScanned());
  }
}
