package io.github.dsalab.exercises.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dsalab.exercises.support.Graphs;
import io.github.dsalab.exercises.support.InputFamily;
import io.github.dsalab.exercises.support.TimedCall;
import io.github.dsalab.exercises.support.Workload;
import io.github.dsalab.graph.CountingGraph;
import io.github.dsalab.graph.Graph;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class BipartiteCheckSpec {
  @Test
  void aSquareIsBipartite() {
    Graph square = Graph.builder(4).undirected().addEdge(0, 1).addEdge(1, 2).addEdge(2, 3).addEdge(3, 0).build();
    assertEquals(true, BipartiteCheck.isBipartite(square));
  }

  @Test
  void aTriangleIsNot() {
    Graph triangle = Graph.builder(3).undirected().addEdge(0, 1).addEdge(1, 2).addEdge(2, 0).build();
    assertEquals(false, BipartiteCheck.isBipartite(triangle));
  }

  @Test
  void checksEveryComponent() {
    Graph graph = Graph.builder(5).undirected().addEdge(0, 1).addEdge(2, 3).addEdge(3, 4).addEdge(4, 2).build();
    assertEquals(false, BipartiteCheck.isBipartite(graph));
    assertEquals(true, BipartiteCheck.isBipartite(Graph.builder(3).undirected().build()));
  }

  @Property(tries = 300)
  void matchesTryingEveryColouring(@ForAll @IntRange(min = 1, max = 8) int n,
      @ForAll @Size(max = 14) List<@IntRange(min = 0, max = 7) Integer> endpoints) {
    Graph graph = Graphs.fromEndpoints(n, false, endpoints);
    boolean expected = false;
    for (int mask = 0; mask < (1 << n) && !expected; mask++) {
      boolean ok = true;
      for (int v = 0; v < n; v++) {
        for (int i = 0; i < graph.degree(v); i++) {
          int w = graph.neighbour(v, i);
          ok &= ((mask >> v) & 1) != ((mask >> w) & 1);
        }
      }
      expected = ok;
    }
    assertEquals(expected, BipartiteCheck.isBipartite(graph), "isBipartite(" + Graphs.describe(graph) + ")");
  }

  /** Neighbour reads on a graph of each family with n vertices; the call is timed for the gate's second measure. */
  @Workload({InputFamily.SPARSE, InputFamily.DENSE, InputFamily.PATH})
  static long arcs(InputFamily family, int n) {
    CountingGraph graph = CountingGraph.of(Graphs.bipartite(family, n));
    TimedCall.of(() -> BipartiteCheck.isBipartite(graph));
    return graph.arcsScanned();
  }
}
