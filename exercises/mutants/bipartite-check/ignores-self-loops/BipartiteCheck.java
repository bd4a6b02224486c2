// verdict: failing
// mistake: Skips arcs from a vertex to itself, but a self-loop makes a graph non-bipartite.
package io.github.dsalab.exercises.graph;

import io.github.dsalab.graph.Graph;

/** Reference solution of the bipartite check exercise (the statement is in the stub). */
public final class BipartiteCheck {
  private BipartiteCheck() {}

  /**
   * Tells whether the graph is two-colourable.
   *
   * @param graph an undirected graph
   * @return true if it is bipartite
   */
  public static boolean isBipartite(Graph graph) {
    int n = graph.vertexCount();
    int[] colour = new int[n];
    int[] queue = new int[n];
    // colour: 0 = not reached, 1 and 2 = the two sides.
    for (int start = 0; start < n; start++) {
      if (colour[start] != 0) {
        continue;
      }
      colour[start] = 1;
      int head = 0;
      int tail = 0;
      queue[tail++] = start;
      while (head < tail) {
        int v = queue[head++];
        for (int i = 0; i < graph.degree(v); i++) {
          int w = graph.neighbour(v, i);
          if (w == v) {
            continue;
          }
          if (colour[w] == 0) {
            colour[w] = 3 - colour[v];
            queue[tail++] = w;
          } else if (colour[w] == colour[v]) {
            return false;
          }
        }
      }
    }
    return true;
  }
}
