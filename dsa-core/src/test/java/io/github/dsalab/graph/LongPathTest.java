package io.github.dsalab.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A path of a million vertices makes a recursive depth-first search a million frames deep, far
 * past the default thread stack. Nothing here may throw {@link StackOverflowError}.
 */
class LongPathTest {
  private static final int N = 1_000_000;

  private static Graph path(boolean directed, boolean closed) {
    GraphBuilder builder = Graph.builder(N);
    if (directed) {
      builder.directed();
    } else {
      builder.undirected();
    }
    for (int v = 1; v < N; v++) {
      builder.addEdge(v - 1, v);
    }
    if (closed) {
      builder.addEdge(N - 1, 0);
    }
    return builder.build();
  }

  @Test
  void depthFirstSearchTopologicalSortAndStrongComponentsOnADirectedPath() {
    Graph g = path(true, false);
    DepthFirstSearch dfs = new DepthFirstSearch(g);
    assertEquals(N - 1, dfs.postorder().get(0));
    assertEquals(2 * N - 1, dfs.finishTime(0));
    assertEquals(EdgeType.TREE, dfs.edgeType(N - 2, 0));
    List<Integer> kahn = TopologicalSort.kahn(g).order();
    List<Integer> depthFirst = TopologicalSort.depthFirst(g).order();
    for (int v = 0; v < N; v += 997) {
      assertEquals(v, kahn.get(v));
      assertEquals(v, depthFirst.get(v));
    }
    assertEquals(N, new StronglyConnectedComponents(g).count());
  }

  @Test
  void aMillionVertexCycleIsOneComponentAndTheWitness() {
    Graph g = path(true, true);
    StronglyConnectedComponents scc = new StronglyConnectedComponents(g);
    assertEquals(1, scc.count());
    TopologicalSort sort = TopologicalSort.depthFirst(g);
    assertFalse(sort.hasOrder());
    assertEquals(N, sort.cycle().size());
    assertEquals(N, TopologicalSort.kahn(g).cycle().size());
    assertEquals(EdgeType.BACK, new DepthFirstSearch(g, 0).edgeType(N - 1, 0));
  }

  @Test
  void searchesAndComponentsOnAnUndirectedPath() {
    Graph g = path(false, false);
    DepthFirstSearch dfs = new DepthFirstSearch(g, N / 2);
    assertTrue(dfs.isVisited(0));
    assertEquals(N, dfs.preorder().size());
    assertEquals(N - 1, new BreadthFirstSearch(g, 0).distanceTo(N - 1));
    assertEquals(1, new ConnectedComponents(g).count());
    assertTrue(new Bipartite(g).isBipartite());
    assertEquals(1, new StronglyConnectedComponents(g).count());
  }
}
