package io.github.dsalab.exercises.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dsalab.exercises.support.Graphs;
import io.github.dsalab.exercises.support.InputFamily;
import io.github.dsalab.exercises.support.TimedCall;
import io.github.dsalab.exercises.support.Workload;
import io.github.dsalab.graph.CountingWeightedGraph;
import io.github.dsalab.graph.WeightedGraph;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class ShortestPathsSpec {
  @Test
  void takesTheCheaperDetour() {
    WeightedGraph graph = WeightedGraph.builder(5).directed()
        .addEdge(0, 1, 4).addEdge(0, 2, 1).addEdge(2, 1, 2).addEdge(1, 3, 5).build();
    assertEquals(Arrays.toString(new double[] {0, 3, 1, 8, Double.POSITIVE_INFINITY}),
        Arrays.toString(ShortestPaths.distances(graph, 0)));
  }

  @Test
  void theSourceIsAtDistanceZero() {
    WeightedGraph graph = WeightedGraph.builder(2).directed().addEdge(1, 0, 3).build();
    assertEquals(Arrays.toString(new double[] {0, Double.POSITIVE_INFINITY}),
        Arrays.toString(ShortestPaths.distances(graph, 0)));
  }

  @Property(tries = 300)
  void matchesBellmanFord(@ForAll @IntRange(min = 1, max = 8) int n,
      @ForAll @Size(max = 30) List<@IntRange(min = 0, max = 9) Integer> triples,
      @ForAll @IntRange(min = 0, max = 7) int source) {
    WeightedGraph graph = Graphs.weightedFromTriples(n, triples);
    int s = source % n;
    double[] expected = new double[n];
    Arrays.fill(expected, Double.POSITIVE_INFINITY);
    expected[s] = 0;
    for (int round = 1; round < n; round++) {
      for (int v = 0; v < n; v++) {
        for (int i = 0; i < graph.degree(v); i++) {
          expected[graph.neighbour(v, i)] = Math.min(expected[graph.neighbour(v, i)], expected[v] + graph.weight(v, i));
        }
      }
    }
    assertEquals(Arrays.toString(expected), Arrays.toString(ShortestPaths.distances(graph, s)),
        "distances from " + s + " in " + Graphs.describe(graph));
  }

  /** Neighbour reads on a graph of each family with n vertices; the call is timed for the gate's second measure. */
  @Workload({InputFamily.SPARSE, InputFamily.DENSE, InputFamily.PATH})
  static long arcs(InputFamily family, int n) {
    CountingWeightedGraph graph = CountingWeightedGraph.of(Graphs.weighted(family, n));
    TimedCall.of(() -> ShortestPaths.distances(graph, 0));
    return graph.arcsScanned();
  }
}
