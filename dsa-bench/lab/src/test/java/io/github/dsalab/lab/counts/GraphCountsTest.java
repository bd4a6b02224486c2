package io.github.dsalab.lab.counts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dsalab.graph.Graph;
import io.github.dsalab.graph.TopologicalSort;
import io.github.dsalab.lab.results.CountExperiment;
import org.junit.jupiter.api.Test;

/** Traversals visit every vertex once and scan every arc once: exactly V + E. */
class GraphCountsTest {
  @Test
  void generatedGraphsHaveThePathPlusTheRandomArcs() {
    Graph graph = GraphCounts.graph(1000, 5000, false);
    assertEquals(1000, graph.vertexCount());
    assertEquals(999 + 5000, graph.edgeCount());
  }

  @Test
  void acyclicGraphsHaveATopologicalOrder() {
    assertEquals(true, TopologicalSort.kahn(GraphCounts.graph(2000, 20000, true)).hasOrder());
  }

  @Test
  void breadthAndDepthFirstSearchCostExactlyVPlusE() {
    for (CountExperiment experiment : GraphCounts.experiments()) {
      if (experiment.algorithm().startsWith("topological")) {
        continue; // Kahn's algorithm reads every arc twice: once for in-degrees, once when ordering
      }
      for (int v : new int[] {300, 4000}) {
        for (int extra : new int[] {100, 9000}) {
          int e = v - 1 + extra;
          assertEquals((long) v + e, experiment.counter().count(v, e), experiment.algorithm() + " V=" + v + " E=" + e);
        }
      }
    }
  }

  @Test
  void kahnCostsVPlusTwoE() {
    CountExperiment kahn = GraphCounts.experiments().stream()
        .filter(experiment -> experiment.algorithm().startsWith("topological")).findFirst().orElseThrow();
    assertEquals(4000L + 2L * 12999, kahn.counter().count(4000, 12999));
  }
}
