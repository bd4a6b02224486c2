// verdict: failing
// mistake: Counts each course's outgoing edges (what it unlocks) instead of its prerequisites.
package io.github.dsalab.exercises.graph;

import io.github.dsalab.graph.Graph;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;

/** Reference solution of the course schedule exercise (Kahn's algorithm; the statement is in the stub). */
public final class CourseSchedule {
  private CourseSchedule() {}

  /**
   * Returns the courses in an order that respects every prerequisite.
   *
   * @param prerequisites a directed graph, {@code u -> v} meaning u before v
   * @return every vertex once, in a valid order; empty if there is a cycle
   */
  public static Optional<List<Integer>> order(Graph prerequisites) {
    int n = prerequisites.vertexCount();
    int[] waitingFor = new int[n];
    for (int u = 0; u < n; u++) {
      for (int i = 0; i < prerequisites.degree(u); i++) {
        waitingFor[u]++;
      }
    }
    Queue<Integer> ready = new ArrayDeque<>();
    for (int v = 0; v < n; v++) {
      if (waitingFor[v] == 0) {
        ready.add(v);
      }
    }
    List<Integer> order = new ArrayList<>(n);
    while (!ready.isEmpty()) {
      int u = ready.remove();
      order.add(u);
      for (int i = 0; i < prerequisites.degree(u); i++) {
        int v = prerequisites.neighbour(u, i);
        if (--waitingFor[v] == 0) {
          ready.add(v);
        }
      }
    }
    // Courses on a cycle never become ready, so a cycle leaves the order short.
    return order.size() == n ? Optional.of(order) : Optional.empty();
  }
}
