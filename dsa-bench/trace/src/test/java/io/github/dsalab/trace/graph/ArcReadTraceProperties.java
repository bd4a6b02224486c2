package io.github.dsalab.trace.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dsalab.graph.BreadthFirstSearch;
import io.github.dsalab.graph.CountingGraph;
import io.github.dsalab.graph.Graph;
import io.github.dsalab.graph.GraphBuilder;
import io.github.dsalab.trace.Step;
import io.github.dsalab.trace.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Traces of arc reads alone (the model for a learner's graph exercise), with dsa-core's
 * breadth-first search as the code watched: one step per {@code neighbour} call, each step's
 * state follows from the one before and the arc read, and the last state's reached vertices are
 * exactly those the search reaches.
 */
class ArcReadTraceProperties {
  private static Graph randomGraph(long seed, int n, boolean directed) {
    SplittableRandom random = new SplittableRandom(seed);
    GraphBuilder builder = directed ? Graph.builder(n).directed() : Graph.builder(n).undirected();
    int edges = random.nextInt(2 * n + 1);
    for (int e = 0; e < edges; e++) {
      builder.addEdge(random.nextInt(n), random.nextInt(n));
    }
    return builder.build();
  }

  private static Trace trace(Graph graph, int source) {
    return GraphTracer.arcReads("bfs", "BFS", graph, "random", source, view -> {
      BreadthFirstSearch search = new BreadthFirstSearch(view, source);
      return "returned " + search.visitOrder();
    }, List.of());
  }

  @Property(tries = 30)
  void everyNeighbourCallIsOneStepAndTheLastStateReachesWhatTheSearchReaches(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 12) int n, @ForAll boolean directed) {
    Graph graph = randomGraph(seed, n, directed);
    CountingGraph counted = CountingGraph.of(graph);
    BreadthFirstSearch search = new BreadthFirstSearch(counted, 0);
    Trace trace = trace(graph, 0);
    List<Step> steps = trace.steps();
    // start, one step per arc read, the ending
    assertEquals(counted.arcsScanned() + 2, steps.size(), trace.result());
    assertEquals("returned " + search.visitOrder(), steps.get(steps.size() - 1).event());
    TreeSet<Integer> expected = new TreeSet<>();
    for (int v = 0; v < n; v++) {
      if (search.hasPathTo(v)) {
        expected.add(v);
      }
    }
    GraphState last = (GraphState) trace.finalState();
    assertEquals(expected, new TreeSet<>(last.output()), "reached vertices of " + graph);
    for (int v = 0; v < n; v++) {
      String expectedStatus = !expected.contains(v) ? "unseen" : graph.degree(v) == 0 ? "waiting" : "done";
      assertEquals(expectedStatus, last.status().get(v), "vertex " + v);
    }
  }

  @Property(tries = 30)
  void eachStepFollowsFromTheOneBeforeAndTheArcItReads(@ForAll long seed, @ForAll @IntRange(min = 1, max = 12) int n,
      @ForAll boolean directed) {
    Graph graph = randomGraph(seed, n, directed);
    List<Step> steps = trace(graph, 0).steps();
    for (int k = 1; k < steps.size() - 1; k++) {
      GraphState before = (GraphState) steps.get(k - 1).state();
      GraphState after = (GraphState) steps.get(k).state();
      int v = after.arc().get(0);
      int w = after.arc().get(1);
      assertEquals("read " + v + " → " + w, steps.get(k).event());
      assertEquals(before.arcsRead() + 1, after.arcsRead());
      assertEquals("active", after.status().get(v));
      assertNotEquals("unseen", after.status().get(w));
      List<Integer> reached = new ArrayList<>(before.output());
      boolean firstTime = !reached.contains(w);
      if (!reached.contains(v)) {
        reached.add(v);
      }
      if (firstTime) {
        reached.add(w);
      }
      assertEquals(reached, after.output(), "reached after " + steps.get(k).text());
      assertEquals(before.treeArcs().size() + (firstTime ? 1 : 0), after.treeArcs().size());
      for (int u = 0; u < n; u++) {
        assertTrue(!before.status().get(u).equals("done") || after.status().get(u).equals("done")
            || u == v, "a vertex read to the end stays done");
      }
    }
  }

  @Property(tries = 20)
  void theSameGraphGivesTheSameSteps(@ForAll long seed, @ForAll @IntRange(min = 1, max = 12) int n) {
    Graph graph = randomGraph(seed, n, false);
    assertEquals(trace(graph, 0).toJson().toString(), trace(graph, 0).toJson().toString());
  }
}
