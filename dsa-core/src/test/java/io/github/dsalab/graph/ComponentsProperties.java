package io.github.dsalab.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;

class ComponentsProperties {

  @Provide
  Arbitrary<GraphSpec> directed() {
    return GraphSpec.directedGraphs(0);
  }

  @Provide
  Arbitrary<GraphSpec> undirected() {
    return GraphSpec.undirectedGraphs(0);
  }

  @Property(tries = 250)
  void strongComponentsMatchJGraphT(@ForAll("directed") GraphSpec spec) {
    Graph g = spec.toGraph();
    StronglyConnectedComponents scc = new StronglyConnectedComponents(g);
    Set<Set<Integer>> expected =
        new HashSet<>(new KosarajuStrongConnectivityInspector<>(spec.toJGraphT()).stronglyConnectedSets());
    assertEquals(expected, GraphAssertions.partition(g.vertexCount(), scc::componentOf));
    assertEquals(expected.size(), scc.count());
  }

  @Property(tries = 250)
  void strongComponentIdsAreAReverseTopologicalOrder(@ForAll("directed") GraphSpec spec) {
    Graph g = spec.toGraph();
    StronglyConnectedComponents scc = new StronglyConnectedComponents(g);
    for (int u = 0; u < g.vertexCount(); u++) {
      assertTrue(0 <= scc.componentOf(u) && scc.componentOf(u) < scc.count());
      for (int i = 0; i < g.degree(u); i++) {
        int v = g.neighbour(u, i);
        assertTrue(scc.componentOf(u) >= scc.componentOf(v), "arc " + u + "->" + v);
        assertEquals(scc.componentOf(u) == scc.componentOf(v), scc.stronglyConnected(v, u));
      }
    }
  }

  @Property(tries = 250)
  void connectedComponentsMatchJGraphTAndStrongComponents(@ForAll("undirected") GraphSpec spec) {
    Graph g = spec.toGraph();
    ConnectedComponents cc = new ConnectedComponents(g);
    Set<Set<Integer>> expected = new HashSet<>(new ConnectivityInspector<>(spec.toJGraphT()).connectedSets());
    Set<Set<Integer>> actual = GraphAssertions.partition(g.vertexCount(), cc::componentOf);
    assertEquals(expected, actual);
    assertEquals(expected.size(), cc.count());
    StronglyConnectedComponents scc = new StronglyConnectedComponents(g);
    assertEquals(actual, GraphAssertions.partition(g.vertexCount(), scc::componentOf));
    int smallestOfPrevious = -1;
    for (int id = 0; id < cc.count(); id++) {
      int smallest = -1;
      int size = 0;
      for (int v = 0; v < g.vertexCount(); v++) {
        if (cc.componentOf(v) == id) {
          smallest = smallest < 0 ? v : smallest;
          size++;
        }
      }
      assertEquals(size, cc.sizeOf(id));
      assertTrue(smallest > smallestOfPrevious, "ids follow the smallest vertex");
      smallestOfPrevious = smallest;
    }
  }
}
