package io.github.dsalab.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jgrapht.GraphTests;

class BipartiteProperties {

  /** Half of the graphs get sparse, mostly tree-like edges, so that many are bipartite. */
  @Provide
  Arbitrary<GraphSpec> undirected() {
    return Arbitraries.oneOf(
        GraphSpec.undirectedGraphs(0),
        GraphSpec.undirectedGraphs(0)
            .map(spec -> new GraphSpec(spec.vertexCount(), false,
                spec.edges().subList(0, Math.min(spec.edges().size(), spec.vertexCount() / 2 + 1)))));
  }

  @Property(tries = 300)
  void answersAsJGraphTDoesWithAWitness(@ForAll("undirected") GraphSpec spec) {
    Graph g = spec.toGraph();
    Bipartite check = new Bipartite(g);
    // JGraphT answers "no" for any graph with more than V^2/4 edges, which is wrong for a
    // multigraph; parallel edges do not change the answer, so the oracle sees them once.
    assertEquals(
        GraphTests.isBipartite(spec.withoutParallelEdges().toJGraphT()), check.isBipartite());
    if (check.isBipartite()) {
      for (int v = 0; v < g.vertexCount(); v++) {
        assertTrue(check.sideOf(v) == 0 || check.sideOf(v) == 1);
        for (int i = 0; i < g.degree(v); i++) {
          assertNotEquals(check.sideOf(v), check.sideOf(g.neighbour(v, i)));
        }
      }
    } else {
      assertEquals(1, check.oddCycle().size() % 2);
      GraphAssertions.assertCycle(g, check.oddCycle());
    }
  }
}
