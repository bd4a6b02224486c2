// verdict: failing
// mistake: Forgets to label the start vertex itself, so an isolated vertex keeps the label -1.
package io.github.dsalab.exercises.graph;

import io.github.dsalab.graph.Graph;
import java.util.Arrays;

/** Reference solution of the connected components exercise (the statement is in the stub). */
public final class ConnectedComponents {
  private ConnectedComponents() {}

  /**
   * Labels each vertex with its component.
   *
   * @param graph an undirected graph
   * @return {@code labels[v]} = the component of v, numbered by smallest vertex
   */
  public static int[] labels(Graph graph) {
    int n = graph.vertexCount();
    int[] labels = new int[n];
    Arrays.fill(labels, -1);
    int[] stack = new int[n];
    int components = 0;
    // Scanning vertices in increasing order starts each component at its smallest vertex.
    for (int start = 0; start < n; start++) {
      if (labels[start] >= 0) {
        continue;
      }
      int top = 0;
      stack[top++] = start;
      while (top > 0) {
        int v = stack[--top];
        for (int i = 0; i < graph.degree(v); i++) {
          int w = graph.neighbour(v, i);
          if (labels[w] < 0) {
            labels[w] = components;
            stack[top++] = w;
          }
        }
      }
      components++;
    }
    return labels;
  }
}
