// verdict: too-slow
// mistake: Remembers visited vertices in a list, so each contains() scans it.
// gate: sparse (timed)
// Reads every arc once, as the counter wants, but remembers the labelled vertices in a list:
// each contains() scans it, O(V) per arc read, work no neighbour counter sees.
package io.github.dsalab.exercises.graph;

import io.github.dsalab.graph.Graph;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

public final class ConnectedComponents {
  private ConnectedComponents() {}

  public static int[] labels(Graph graph) {
    int n = graph.vertexCount();
    int[] labels = new int[n];
    List<Integer> seen = new ArrayList<>();
    int components = 0;
    for (int start = 0; start < n; start++) {
      if (seen.contains(start)) {
        continue;
      }
      Deque<Integer> stack = new ArrayDeque<>();
      stack.push(start);
      seen.add(start);
      labels[start] = components;
      while (!stack.isEmpty()) {
        int v = stack.pop();
        for (int i = 0; i < graph.degree(v); i++) {
          int w = graph.neighbour(v, i);
          if (!seen.contains(w)) {
            seen.add(w);
            labels[w] = components;
            stack.push(w);
          }
        }
      }
      components++;
    }
    return labels;
  }
}
