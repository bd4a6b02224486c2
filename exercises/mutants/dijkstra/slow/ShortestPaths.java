// verdict: too-slow
// mistake: Uses Bellman–Ford (V - 1 rounds over every arc) where Dijkstra's priority queue is expected: O(V·E).
package io.github.dsalab.exercises.graph;

import io.github.dsalab.graph.WeightedGraph;
import java.util.Arrays;

/** Correct but slow: Bellman–Ford, V - 1 rounds relaxing every arc, O(V·E). The gate must reject it. */
public final class ShortestPaths {
  private ShortestPaths() {}

  public static double[] distances(WeightedGraph graph, int source) {
    int n = graph.vertexCount();
    double[] distance = new double[n];
    Arrays.fill(distance, Double.POSITIVE_INFINITY);
    distance[source] = 0;
    for (int round = 1; round < n; round++) {
      for (int v = 0; v < n; v++) {
        for (int i = 0; i < graph.degree(v); i++) {
          int w = graph.neighbour(v, i);
          double weight = graph.weight(v, i);
          if (distance[v] + weight < distance[w]) {
            distance[w] = distance[v] + weight;
          }
        }
      }
    }
    return distance;
  }
}
