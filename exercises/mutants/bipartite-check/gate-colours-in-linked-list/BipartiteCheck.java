// verdict: too-slow
// mistake: Keeps the colours in a LinkedList, so every lookup walks the list.
// gate: sparse (timed)
// Breadth-first colouring that reads each arc a constant number of times, but keeps the
// colours in a LinkedList: every get(v) walks the list, O(V) per read.
package io.github.dsalab.exercises.graph;

import io.github.dsalab.graph.Graph;
import java.util.ArrayDeque;
import java.util.LinkedList;
import java.util.List;
import java.util.Queue;

public final class BipartiteCheck {
  private BipartiteCheck() {}

  public static boolean isBipartite(Graph graph) {
    int n = graph.vertexCount();
    List<Integer> colour = new LinkedList<>();
    for (int v = 0; v < n; v++) {
      colour.add(-1);
    }
    for (int start = 0; start < n; start++) {
      if (colour.get(start) >= 0) {
        continue;
      }
      colour.set(start, 0);
      Queue<Integer> queue = new ArrayDeque<>();
      queue.add(start);
      while (!queue.isEmpty()) {
        int v = queue.remove();
        for (int i = 0; i < graph.degree(v); i++) {
          int w = graph.neighbour(v, i);
          if (colour.get(w) < 0) {
            colour.set(w, 1 - colour.get(v));
            queue.add(w);
          } else if (colour.get(w).equals(colour.get(v))) {
            return false;
          }
        }
      }
    }
    return true;
  }
}
