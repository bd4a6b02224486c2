package io.github.dsalab.exercises.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dsalab.exercises.support.Graphs;
import io.github.dsalab.exercises.support.InputFamily;
import io.github.dsalab.exercises.support.Stress;
import io.github.dsalab.exercises.support.TimedCall;
import io.github.dsalab.exercises.support.Workload;
import io.github.dsalab.graph.CountingGraph;
import io.github.dsalab.graph.Graph;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class CycleDetectionSpec {
  @Test
  void findsATriangle() {
    assertEquals(true, CycleDetection.hasCycle(Graph.builder(3).directed().addEdge(0, 1).addEdge(1, 2).addEdge(2, 0).build()));
  }

  @Test
  void twoPathsToOneVertexAreNotACycle() {
    assertEquals(false, CycleDetection.hasCycle(Graph.builder(3).directed().addEdge(0, 1).addEdge(0, 2).addEdge(1, 2).build()));
  }

  @Test
  void aSelfLoopIsACycle() {
    assertEquals(true, CycleDetection.hasCycle(Graph.builder(1).directed().addEdge(0, 0).build()));
  }

  @Test
  @Tag(Stress.TAG)
  void handlesAPathOfAHundredThousandVertices() {
    assertEquals(false, CycleDetection.hasCycle(path(100_000, false)));
    assertEquals(true, CycleDetection.hasCycle(path(100_000, true)));
  }

  private static Graph path(int n, boolean closed) {
    var builder = Graph.builder(n).directed();
    for (int v = 1; v < n; v++) {
      builder.addEdge(v - 1, v);
    }
    if (closed) {
      builder.addEdge(n - 1, 0);
    }
    return builder.build();
  }

  @Property(tries = 300)
  void matchesReachabilityFromEachVertexToItself(@ForAll @IntRange(min = 1, max = 8) int n,
      @ForAll @Size(max = 14) List<@IntRange(min = 0, max = 7) Integer> endpoints) {
    Graph graph = Graphs.fromEndpoints(n, true, endpoints);
    // reach[u][v]: a path of one or more edges from u to v (Floyd–Warshall closure).
    boolean[][] reach = new boolean[n][n];
    for (int u = 0; u < n; u++) {
      for (int i = 0; i < graph.degree(u); i++) {
        reach[u][graph.neighbour(u, i)] = true;
      }
    }
    for (int k = 0; k < n; k++) {
      for (int u = 0; u < n; u++) {
        for (int v = 0; v < n; v++) {
          reach[u][v] |= reach[u][k] && reach[k][v];
        }
      }
    }
    boolean expected = false;
    for (int v = 0; v < n; v++) {
      expected |= reach[v][v];
    }
    assertEquals(expected, CycleDetection.hasCycle(graph), "hasCycle(" + Graphs.describe(graph) + ")");
  }

  /** Neighbour reads on a graph of each family with n vertices; the call is timed for the gate's second measure. */
  @Workload({InputFamily.SPARSE, InputFamily.DENSE, InputFamily.PATH})
  static long arcs(InputFamily family, int n) {
    CountingGraph graph = CountingGraph.of(Graphs.acyclic(family, n));
    TimedCall.of(() -> CycleDetection.hasCycle(graph));
    return graph.arcsScanned();
  }
}
