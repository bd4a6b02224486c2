// verdict: stack-overflow
// mistake: Labels each component with a recursive depth-first search, which overflows the stack on a long path.
package io.github.dsalab.exercises.graph;

import io.github.dsalab.graph.Graph;
import java.util.Arrays;

/** A wrong solution kept for the checker's own tests; see the mistake line above. */
public final class ConnectedComponents {
  private ConnectedComponents() {}

  public static int[] labels(Graph graph) {
    int[] labels = new int[graph.vertexCount()];
    Arrays.fill(labels, -1);
    int components = 0;
    for (int start = 0; start < labels.length; start++) {
      if (labels[start] < 0) {
        label(graph, start, components++, labels);
      }
    }
    return labels;
  }

  private static void label(Graph graph, int v, int component, int[] labels) {
    labels[v] = component;
    for (int i = 0; i < graph.degree(v); i++) {
      int w = graph.neighbour(v, i);
      if (labels[w] < 0) {
        label(graph, w, component, labels);
      }
    }
  }
}
