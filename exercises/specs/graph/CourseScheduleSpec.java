package io.github.dsalab.exercises.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dsalab.exercises.support.Graphs;
import io.github.dsalab.exercises.support.InputFamily;
import io.github.dsalab.exercises.support.TimedCall;
import io.github.dsalab.exercises.support.Workload;
import io.github.dsalab.graph.CountingGraph;
import io.github.dsalab.graph.Graph;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class CourseScheduleSpec {
  /** Why {@code order} is not a valid schedule of {@code graph}, or "" if it is. */
  private static String problem(Graph graph, List<Integer> order) {
    int n = graph.vertexCount();
    int[] position = new int[n];
    java.util.Arrays.fill(position, -1);
    if (order.size() != n) {
      return "it has " + order.size() + " courses, not " + n;
    }
    for (int i = 0; i < n; i++) {
      int course = order.get(i);
      if (course < 0 || course >= n || position[course] >= 0) {
        return "course " + course + " is missing, repeated or unknown";
      }
      position[course] = i;
    }
    for (int u = 0; u < n; u++) {
      for (int i = 0; i < graph.degree(u); i++) {
        int v = graph.neighbour(u, i);
        if (position[u] >= position[v]) {
          return u + " -> " + v + " but " + v + " is not after " + u;
        }
      }
    }
    return "";
  }

  private static boolean acyclic(Graph graph) {
    // Repeatedly delete a vertex without incoming edges: possible for every vertex iff acyclic.
    int n = graph.vertexCount();
    boolean[] gone = new boolean[n];
    for (int round = 0; round < n; round++) {
      int[] incoming = new int[n];
      for (int u = 0; u < n; u++) {
        for (int i = 0; !gone[u] && i < graph.degree(u); i++) {
          incoming[graph.neighbour(u, i)]++;
        }
      }
      int free = -1;
      for (int v = 0; v < n && free < 0; v++) {
        free = !gone[v] && incoming[v] == 0 ? v : -1;
      }
      if (free < 0) {
        return false;
      }
      gone[free] = true;
    }
    return true;
  }

  @Test
  void ordersADiamond() {
    Graph graph = Graph.builder(4).directed().addEdge(0, 1).addEdge(0, 2).addEdge(1, 3).addEdge(2, 3).build();
    Optional<List<Integer>> order = CourseSchedule.order(graph);
    assertTrue(order.isPresent(), "a diamond has a schedule");
    assertEquals("", problem(graph, order.get()));
  }

  @Test
  void aCycleHasNoSchedule() {
    Graph graph = Graph.builder(2).directed().addEdge(0, 1).addEdge(1, 0).build();
    assertEquals(Optional.empty(), CourseSchedule.order(graph));
  }

  @Test
  void coursesWithoutPrerequisitesCanGoInAnyOrder() {
    Graph graph = Graph.builder(3).directed().build();
    assertEquals(3, CourseSchedule.order(graph).orElseThrow().size());
  }

  @Property(tries = 300)
  void findsAValidScheduleExactlyWhenThereIsNoCycle(@ForAll @IntRange(min = 1, max = 8) int n,
      @ForAll @Size(max = 16) List<@IntRange(min = 0, max = 7) Integer> endpoints) {
    Graph graph = Graphs.fromEndpoints(n, true, endpoints);
    Optional<List<Integer>> order = CourseSchedule.order(graph);
    assertEquals(acyclic(graph), order.isPresent(), "has a schedule: " + Graphs.describe(graph));
    order.ifPresent(o -> assertEquals("", problem(graph, new ArrayList<>(o)),
        "schedule " + o + " for " + Graphs.describe(graph)));
  }

  /** Neighbour reads on a graph of each family with n vertices; the call is timed for the gate's second measure. */
  @Workload({InputFamily.SPARSE, InputFamily.DENSE, InputFamily.PATH})
  static long arcs(InputFamily family, int n) {
    CountingGraph graph = CountingGraph.of(Graphs.acyclic(family, n));
    TimedCall.of(() -> CourseSchedule.order(graph));
    return graph.arcsScanned();
  }
}
