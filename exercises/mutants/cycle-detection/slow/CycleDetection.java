// verdict: too-slow
// mistake: Searches from every vertex for a path back to itself instead of one coloured search: O(V·(V + E)).
package io.github.dsalab.exercises.graph;

import io.github.dsalab.graph.Graph;
import java.util.ArrayDeque;
import java.util.Deque;

/** Correct but slow: from every vertex, a fresh search for a path back to it, O(V·(V + E)). The gate must reject it. */
public final class CycleDetection {
  private CycleDetection() {}

  public static boolean hasCycle(Graph graph) {
    int n = graph.vertexCount();
    for (int start = 0; start < n; start++) {
      boolean[] seen = new boolean[n];
      Deque<Integer> stack = new ArrayDeque<>();
      stack.push(start);
      while (!stack.isEmpty()) {
        int v = stack.pop();
        for (int i = 0; i < graph.degree(v); i++) {
          int w = graph.neighbour(v, i);
          if (w == start) {
            return true;
          }
          if (!seen[w]) {
            seen[w] = true;
            stack.push(w);
          }
        }
      }
    }
    return false;
  }
}
