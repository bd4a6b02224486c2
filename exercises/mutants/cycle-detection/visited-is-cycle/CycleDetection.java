// verdict: failing
// mistake: Treats an arc to any visited vertex as a cycle, not telling grey (on the path) from black (finished).
package io.github.dsalab.exercises.graph;

import io.github.dsalab.graph.Graph;

/** Reference solution of the cycle detection exercise (the statement is in the stub). */
public final class CycleDetection {
  private static final byte WHITE = 0;
  private static final byte GREY = 1;
  private static final byte BLACK = 2;

  private CycleDetection() {}

  /**
   * Tells whether the graph has a directed cycle.
   *
   * @param graph a directed graph
   * @return true if some vertex can reach itself
   */
  public static boolean hasCycle(Graph graph) {
    int n = graph.vertexCount();
    byte[] colour = new byte[n];
    // An explicit stack of (vertex, next neighbour index) replaces the recursion.
    int[] stackVertex = new int[n];
    int[] stackNext = new int[n];
    for (int start = 0; start < n; start++) {
      if (colour[start] != WHITE) {
        continue;
      }
      int top = 0;
      stackVertex[0] = start;
      stackNext[0] = 0;
      colour[start] = GREY;
      while (top >= 0) {
        int v = stackVertex[top];
        if (stackNext[top] < graph.degree(v)) {
          int w = graph.neighbour(v, stackNext[top]++);
          if (colour[w] != WHITE) {
            return true;
          }
          if (colour[w] == WHITE) {
            colour[w] = GREY;
            top++;
            stackVertex[top] = w;
            stackNext[top] = 0;
          }
        } else {
          colour[v] = BLACK;
          top--;
        }
      }
    }
    return false;
  }
}
