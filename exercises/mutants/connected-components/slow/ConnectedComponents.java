// verdict: too-slow
// mistake: Runs a fresh search from every vertex to find its component's smallest vertex: O(V·(V + E)).
package io.github.dsalab.exercises.graph;

import io.github.dsalab.graph.Graph;
import java.util.ArrayDeque;
import java.util.Deque;

/** Correct but slow: a fresh search from every vertex to find its component's smallest vertex, O(V·(V + E)). The gate must reject it. */
public final class ConnectedComponents {
  private ConnectedComponents() {}

  public static int[] labels(Graph graph) {
    int n = graph.vertexCount();
    int[] smallest = new int[n];
    for (int v = 0; v < n; v++) {
      boolean[] seen = new boolean[n];
      Deque<Integer> stack = new ArrayDeque<>();
      stack.push(v);
      seen[v] = true;
      int min = v;
      while (!stack.isEmpty()) {
        int u = stack.pop();
        min = Math.min(min, u);
        for (int i = 0; i < graph.degree(u); i++) {
          int w = graph.neighbour(u, i);
          if (!seen[w]) {
            seen[w] = true;
            stack.push(w);
          }
        }
      }
      smallest[v] = min;
    }
    int[] labels = new int[n];
    int[] labelOfSmallest = new int[n];
    int next = 0;
    for (int v = 0; v < n; v++) {
      if (smallest[v] == v) {
        labelOfSmallest[v] = next++;
      }
      labels[v] = labelOfSmallest[smallest[v]];
    }
    return labels;
  }
}
