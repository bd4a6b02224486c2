package io.github.dsalab.trace.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dsalab.graph.BreadthFirstSearch;
import io.github.dsalab.graph.DepthFirstSearch;
import io.github.dsalab.graph.DijkstraShortestPaths;
import io.github.dsalab.graph.Graph;
import io.github.dsalab.graph.GraphBuilder;
import io.github.dsalab.graph.TopologicalSort;
import io.github.dsalab.graph.WeightedGraph;
import io.github.dsalab.graph.WeightedGraphBuilder;
import io.github.dsalab.trace.Step;
import io.github.dsalab.trace.Trace;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Graph traces against dsa-core's own answers: the labels of the last step are the distances,
 * times and orders the algorithm computed, and every step reads a real arc and never un-finishes
 * a vertex.
 */
class GraphTraceProperties {

  private static Graph randomGraph(long seed, int n, boolean directed, boolean acyclic) {
    SplittableRandom random = new SplittableRandom(seed);
    GraphBuilder builder = Graph.builder(n);
    builder = directed ? builder.directed() : builder.undirected();
    int edges = random.nextInt(2 * n + 1);
    for (int e = 0; e < edges; e++) {
      int u = random.nextInt(n);
      int v = random.nextInt(n);
      if (acyclic && u == v) {
        continue;
      }
      builder.addEdge(acyclic ? Math.min(u, v) : u, acyclic ? Math.max(u, v) : v);
    }
    return builder.build();
  }

  private static GraphState state(Trace trace) {
    return (GraphState) trace.finalState();
  }

  private static void checkSteps(Trace trace, Graph graph) {
    List<Step> steps = trace.steps();
    for (int k = 1; k < steps.size(); k++) {
      GraphState before = (GraphState) steps.get(k - 1).state();
      GraphState after = (GraphState) steps.get(k).state();
      if (!after.arc().isEmpty()) {
        int v = after.arc().get(0);
        int w = after.arc().get(1);
        boolean isArc = false;
        for (int i = 0; i < graph.degree(v); i++) {
          isArc |= graph.neighbour(v, i) == w;
        }
        assertTrue(isArc, v + " -> " + w + " is an arc of the graph");
        assertEquals(before.arcsRead() + 1, after.arcsRead(), "one arc read per step");
        String event = steps.get(k).event();
        if (!event.startsWith("count")) {
          // DFS may have pushed the arc's head already: then the tail waits below it on the stack.
          boolean pushed = trace.algorithm().equals("dfs") && v != w
              && after.treeArcs().size() > before.treeArcs().size()
              && after.treeArcs().get(after.treeArcs().size() - 1).equals(List.of(v, w));
          String expected = pushed ? "waiting" : "active";
          assertEquals(expected, after.status().get(v), "the vertex reading its arcs, at step " + k + ": " + event);
        }
      }
      for (int u = 0; u < graph.vertexCount(); u++) {
        if (before.status().get(u).equals("done")) {
          assertEquals("done", after.status().get(u), "a finished vertex stays finished");
        }
        if (!before.status().get(u).equals("unseen")) {
          assertNotEquals("unseen", after.status().get(u), "a seen vertex stays seen");
        }
      }
    }
  }

  @Property(tries = 80)
  void breadthFirstEndsWithTheSearchDistances(@ForAll long seed, @ForAll @IntRange(min = 1, max = 14) int n,
      @ForAll boolean directed) {
    Graph graph = randomGraph(seed, n, directed, false);
    int source = (int) Math.floorMod(seed, (long) n);
    Trace trace = GraphTracer.breadthFirst("bfs", "BFS", graph, "random", source, List.of());
    BreadthFirstSearch bfs = new BreadthFirstSearch(graph, source);
    for (int v = 0; v < n; v++) {
      String expected = bfs.hasPathTo(v) ? Integer.toString(bfs.distanceTo(v)) : "";
      assertEquals(expected, state(trace).labels().get(v), "distance of " + v);
      assertEquals(bfs.hasPathTo(v) ? "done" : "unseen", state(trace).status().get(v));
    }
    assertEquals(bfs.visitOrder(), state(trace).output());
    checkSteps(trace, graph);
  }

  @Property(tries = 80)
  void depthFirstEndsWithTheSearchTimes(@ForAll long seed, @ForAll @IntRange(min = 1, max = 14) int n,
      @ForAll boolean directed) {
    Graph graph = randomGraph(seed, n, directed, false);
    Trace trace = GraphTracer.depthFirst("dfs", "DFS", graph, "random", List.of());
    DepthFirstSearch dfs = new DepthFirstSearch(graph);
    for (int v = 0; v < n; v++) {
      assertEquals(dfs.discoveryTime(v) + "/" + dfs.finishTime(v), state(trace).labels().get(v), "times of " + v);
    }
    assertEquals(dfs.preorder(), state(trace).output());
    checkSteps(trace, graph);
  }

  @Property(tries = 80)
  void kahnEndsWithTheTopologicalOrder(@ForAll long seed, @ForAll @IntRange(min = 1, max = 14) int n,
      @ForAll boolean acyclic) {
    Graph graph = randomGraph(seed, n, true, acyclic);
    Trace trace = GraphTracer.topologicalKahn("kahn", "Kahn", graph, "random", List.of());
    TopologicalSort sort = TopologicalSort.kahn(graph);
    if (sort.hasOrder()) {
      assertEquals(sort.order(), state(trace).output());
      for (int v = 0; v < n; v++) {
        assertEquals("in 0", state(trace).labels().get(v));
      }
    } else {
      assertTrue(state(trace).output().size() < n, "a cyclic graph leaves vertices unordered");
      assertTrue(trace.steps().get(trace.steps().size() - 1).text().contains("cycle"));
    }
    checkSteps(trace, graph);
  }

  @Property(tries = 80)
  void dijkstraEndsWithTheShortestDistances(@ForAll long seed, @ForAll @IntRange(min = 1, max = 12) int n,
      @ForAll boolean directed) {
    SplittableRandom random = new SplittableRandom(seed);
    WeightedGraphBuilder builder = WeightedGraph.builder(n);
    builder = directed ? builder.directed() : builder.undirected();
    for (int e = random.nextInt(2 * n + 1); e > 0; e--) {
      builder.addEdge(random.nextInt(n), random.nextInt(n), random.nextInt(10));
    }
    WeightedGraph graph = builder.build();
    Trace trace = GraphTracer.dijkstra("dijkstra", "Dijkstra", graph, "random", 0, List.of());
    DijkstraShortestPaths paths = new DijkstraShortestPaths(graph, 0);
    for (int v = 0; v < n; v++) {
      assertEquals(DijkstraModel.format(paths.distanceTo(v)), state(trace).labels().get(v), "distance of " + v);
    }
    checkSteps(trace, graph);
  }

  @Property(tries = 20)
  void theSameGraphGivesTheSameTrace(@ForAll long seed, @ForAll @IntRange(min = 1, max = 14) int n) {
    Graph graph = randomGraph(seed, n, false, false);
    assertEquals(GraphTracer.depthFirst("dfs", "DFS", graph, "g", List.of()).toJson().toString(),
        GraphTracer.depthFirst("dfs", "DFS", graph, "g", List.of()).toJson().toString());
  }
}
