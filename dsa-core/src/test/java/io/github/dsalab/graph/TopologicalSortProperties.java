package io.github.dsalab.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jgrapht.alg.cycle.CycleDetector;

class TopologicalSortProperties {

  @Provide
  Arbitrary<GraphSpec> acyclic() {
    return GraphSpec.directedAcyclicGraphs(0);
  }

  @Provide
  Arbitrary<GraphSpec> directed() {
    return GraphSpec.directedGraphs(0);
  }

  @Property(tries = 200)
  void bothAlgorithmsOrderEveryAcyclicGraphValidly(@ForAll("acyclic") GraphSpec spec) {
    Graph g = spec.toGraph();
    for (TopologicalSort sort : new TopologicalSort[] {TopologicalSort.kahn(g), TopologicalSort.depthFirst(g)}) {
      assertTrue(sort.hasOrder());
      GraphAssertions.assertTopological(g, sort.order());
      for (int i = 0; i < g.vertexCount(); i++) {
        assertEquals(i, sort.rankOf(sort.order().get(i)));
      }
    }
  }

  @Property(tries = 250)
  void anOrderExistsExactlyWhenJGraphTFindsNoCycle(@ForAll("directed") GraphSpec spec) {
    Graph g = spec.toGraph();
    boolean cyclic = new CycleDetector<>(spec.toJGraphT()).detectCycles();
    for (TopologicalSort sort : new TopologicalSort[] {TopologicalSort.kahn(g), TopologicalSort.depthFirst(g)}) {
      assertEquals(!cyclic, sort.hasOrder());
      if (cyclic) {
        GraphAssertions.assertCycle(g, sort.cycle());
      } else {
        GraphAssertions.assertTopological(g, sort.order());
      }
    }
  }
}
