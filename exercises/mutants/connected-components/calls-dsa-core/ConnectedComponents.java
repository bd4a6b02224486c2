// verdict: shortcut
// mistake: Calls dsa-core's ConnectedComponents and renumbers its ids.
package io.github.dsalab.exercises.graph;

import io.github.dsalab.graph.Graph;
import java.util.Arrays;

/** A wrong solution kept for the checker's own tests; see the mistake line above. */
public final class ConnectedComponents {
  private ConnectedComponents() {}

  public static int[] labels(Graph graph) {
    io.github.dsalab.graph.ConnectedComponents components = new io.github.dsalab.graph.ConnectedComponents(graph);
    int[] renumbered = new int[components.count()];
    Arrays.fill(renumbered, -1);
    int[] labels = new int[graph.vertexCount()];
    int next = 0;
    for (int v = 0; v < labels.length; v++) {
      int id = components.componentOf(v);
      if (renumbered[id] < 0) {
        renumbered[id] = next++;
      }
      labels[v] = renumbered[id];
    }
    return labels;
  }
}
