package io.github.dsalab.exercises.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dsalab.exercises.support.Graphs;
import io.github.dsalab.exercises.support.InputFamily;
import io.github.dsalab.exercises.support.Stress;
import io.github.dsalab.exercises.support.TimedCall;
import io.github.dsalab.exercises.support.Workload;
import io.github.dsalab.graph.CountingGraph;
import io.github.dsalab.graph.Graph;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class ConnectedComponentsSpec {
  @Test
  void labelsComponentsBySmallestVertex() {
    Graph graph = Graph.builder(5).undirected().addEdge(0, 3).addEdge(1, 4).build();
    assertArrayEquals(new int[] {0, 1, 2, 0, 1}, ConnectedComponents.labels(graph));
  }

  @Test
  void anEmptyGraphHasNoLabels() {
    assertArrayEquals(new int[0], ConnectedComponents.labels(Graph.builder(0).undirected().build()));
  }

  @Test
  @Tag(Stress.TAG)
  void handlesAPathOfAHundredThousandVertices() {
    int n = 100_000;
    var builder = Graph.builder(n).undirected();
    for (int v = 1; v < n; v++) {
      builder.addEdge(v - 1, v);
    }
    int[] labels = ConnectedComponents.labels(builder.build());
    assertEquals(0, Arrays.stream(labels).max().orElse(-1));
  }

  @Property(tries = 300)
  void matchesUnionFind(@ForAll @IntRange(min = 1, max = 10) int n,
      @ForAll @Size(max = 16) List<@IntRange(min = 0, max = 9) Integer> endpoints) {
    Graph graph = Graphs.fromEndpoints(n, false, endpoints);
    int[] parent = new int[n];
    for (int v = 0; v < n; v++) {
      parent[v] = v;
    }
    for (int i = 0; i + 1 < endpoints.size(); i += 2) {
      int a = find(parent, endpoints.get(i) % n);
      int b = find(parent, endpoints.get(i + 1) % n);
      parent[Math.max(a, b)] = Math.min(a, b);
    }
    int[] expected = new int[n];
    int[] labelOfRoot = new int[n];
    int next = 0;
    for (int v = 0; v < n; v++) {
      int root = find(parent, v);
      if (root == v) {
        labelOfRoot[v] = next++;
      }
      expected[v] = labelOfRoot[root];
    }
    assertEquals(Arrays.toString(expected), Arrays.toString(ConnectedComponents.labels(graph)),
        "labels of " + Graphs.describe(graph));
  }

  private static int find(int[] parent, int v) {
    while (parent[v] != v) {
      v = parent[v];
    }
    return v;
  }

  /** Neighbour reads on a graph of each family with n vertices; the call is timed for the gate's second measure. */
  @Workload({InputFamily.SPARSE, InputFamily.DENSE, InputFamily.PATH})
  static long arcs(InputFamily family, int n) {
    CountingGraph graph = CountingGraph.of(Graphs.undirected(family, n));
    TimedCall.of(() -> ConnectedComponents.labels(graph));
    return graph.arcsScanned();
  }
}
