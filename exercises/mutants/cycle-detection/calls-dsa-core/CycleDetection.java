// verdict: shortcut
// mistake: Asks dsa-core's TopologicalSort whether an order exists instead of searching.
package io.github.dsalab.exercises.graph;

import io.github.dsalab.graph.Graph;
import io.github.dsalab.graph.TopologicalSort;

/** A wrong solution kept for the checker's own tests; see the mistake line above. */
public final class CycleDetection {
  private CycleDetection() {}

  public static boolean hasCycle(Graph graph) {
    return !TopologicalSort.kahn(graph).hasOrder();
  }
}
