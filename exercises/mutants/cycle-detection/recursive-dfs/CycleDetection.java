// verdict: stack-overflow
// mistake: Searches with a recursive depth-first search, which overflows the stack on a long path.
package io.github.dsalab.exercises.graph;

import io.github.dsalab.graph.Graph;

/** A wrong solution kept for the checker's own tests; see the mistake line above. */
public final class CycleDetection {
  private CycleDetection() {}

  public static boolean hasCycle(Graph graph) {
    byte[] colour = new byte[graph.vertexCount()];
    for (int v = 0; v < colour.length; v++) {
      if (colour[v] == 0 && reachesGrey(graph, v, colour)) {
        return true;
      }
    }
    return false;
  }

  private static boolean reachesGrey(Graph graph, int v, byte[] colour) {
    colour[v] = 1;
    for (int i = 0; i < graph.degree(v); i++) {
      int w = graph.neighbour(v, i);
      if (colour[w] == 1 || (colour[w] == 0 && reachesGrey(graph, w, colour))) {
        return true;
      }
    }
    colour[v] = 2;
    return false;
  }
}
