// verdict: too-slow
// mistake: Two-colours the component of every vertex from scratch instead of once per component: O(V·(V + E)).
package io.github.dsalab.exercises.graph;

import io.github.dsalab.graph.Graph;
import java.util.ArrayDeque;
import java.util.Queue;

/** Correct but slow: two-colours the component of every vertex from scratch, O(V·(V + E)). The gate must reject it. */
public final class BipartiteCheck {
  private BipartiteCheck() {}

  public static boolean isBipartite(Graph graph) {
    int n = graph.vertexCount();
    for (int start = 0; start < n; start++) {
      int[] colour = new int[n];
      colour[start] = 1;
      Queue<Integer> queue = new ArrayDeque<>();
      queue.add(start);
      while (!queue.isEmpty()) {
        int v = queue.remove();
        for (int i = 0; i < graph.degree(v); i++) {
          int w = graph.neighbour(v, i);
          if (colour[w] == 0) {
            colour[w] = 3 - colour[v];
            queue.add(w);
          } else if (colour[w] == colour[v]) {
            return false;
          }
        }
      }
    }
    return true;
  }
}
