// verdict: too-slow
// mistake: Recounts every remaining edge before taking each course instead of keeping in-degree counters: O(V·E).
package io.github.dsalab.exercises.graph;

import io.github.dsalab.graph.Graph;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Correct but slow: recounts every remaining edge before taking each course, O(V·E). The gate must reject it. */
public final class CourseSchedule {
  private CourseSchedule() {}

  public static Optional<List<Integer>> order(Graph prerequisites) {
    int n = prerequisites.vertexCount();
    boolean[] taken = new boolean[n];
    List<Integer> order = new ArrayList<>();
    while (order.size() < n) {
      int[] waitingFor = new int[n];
      for (int u = 0; u < n; u++) {
        if (!taken[u]) {
          for (int i = 0; i < prerequisites.degree(u); i++) {
            waitingFor[prerequisites.neighbour(u, i)]++;
          }
        }
      }
      int next = -1;
      for (int v = 0; v < n && next < 0; v++) {
        if (!taken[v] && waitingFor[v] == 0) {
          next = v;
        }
      }
      if (next < 0) {
        return Optional.empty();
      }
      taken[next] = true;
      order.add(next);
    }
    return Optional.of(order);
  }
}
