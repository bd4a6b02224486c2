// verdict: shortcut
// mistake: Calls dsa-core's TopologicalSort instead of writing Kahn's algorithm.
package io.github.dsalab.exercises.graph;

import io.github.dsalab.graph.Graph;
import io.github.dsalab.graph.TopologicalSort;
import java.util.List;
import java.util.Optional;

/** A wrong solution kept for the checker's own tests; see the mistake line above. */
public final class CourseSchedule {
  private CourseSchedule() {}

  public static Optional<List<Integer>> order(Graph prerequisites) {
    TopologicalSort sort = TopologicalSort.kahn(prerequisites);
    return sort.hasOrder() ? Optional.of(sort.order()) : Optional.empty();
  }
}
