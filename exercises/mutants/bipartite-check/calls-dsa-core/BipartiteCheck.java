// verdict: shortcut
// mistake: Calls dsa-core's Bipartite instead of two-colouring.
package io.github.dsalab.exercises.graph;

import io.github.dsalab.graph.Bipartite;
import io.github.dsalab.graph.Graph;

/** A wrong solution kept for the checker's own tests; see the mistake line above. */
public final class BipartiteCheck {
  private BipartiteCheck() {}

  public static boolean isBipartite(Graph graph) {
    return new Bipartite(graph).isBipartite();
  }
}
