// verdict: failing
// mistake: Uses Double.MAX_VALUE for "unreached", so unreachable vertices get a huge number instead of infinity.
package io.github.dsalab.exercises.graph;

import io.github.dsalab.graph.WeightedGraph;
import java.util.Arrays;
import java.util.PriorityQueue;

/** Reference solution of the Dijkstra exercise (the statement is in the stub). */
public final class ShortestPaths {
  private ShortestPaths() {}

  /**
   * Returns the shortest distance from {@code source} to every vertex.
   *
   * @param graph a directed graph with non-negative weights
   * @param source the start vertex
   * @return {@code distances[v]}, infinite when v is unreachable
   */
  public static double[] distances(WeightedGraph graph, int source) {
    double[] distance = new double[graph.vertexCount()];
    Arrays.fill(distance, Double.MAX_VALUE);
    boolean[] settled = new boolean[graph.vertexCount()];
    distance[source] = 0;
    // Entries are {distance, vertex}; an entry is stale when its vertex was settled meanwhile.
    PriorityQueue<double[]> queue = new PriorityQueue<>((a, b) -> Double.compare(a[0], b[0]));
    queue.add(new double[] {0, source});
    while (!queue.isEmpty()) {
      int v = (int) queue.poll()[1];
      if (settled[v]) {
        continue;
      }
      // With non-negative weights the closest unsettled vertex cannot get any closer.
      settled[v] = true;
      for (int i = 0; i < graph.degree(v); i++) {
        int w = graph.neighbour(v, i);
        double through = distance[v] + graph.weight(v, i);
        if (through < distance[w]) {
          distance[w] = through;
          queue.add(new double[] {through, w});
        }
      }
    }
    return distance;
  }
}
