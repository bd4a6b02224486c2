// verdict: shortcut
// mistake: Calls dsa-core's DijkstraShortestPaths instead of writing the search.
package io.github.dsalab.exercises.graph;

import io.github.dsalab.graph.DijkstraShortestPaths;
import io.github.dsalab.graph.WeightedGraph;

/** A wrong solution kept for the checker's own tests; see the mistake line above. */
public final class ShortestPaths {
  private ShortestPaths() {}

  public static double[] distances(WeightedGraph graph, int source) {
    DijkstraShortestPaths paths = new DijkstraShortestPaths(graph, source);
    double[] distance = new double[graph.vertexCount()];
    for (int v = 0; v < distance.length; v++) {
      distance[v] = paths.distanceTo(v);
    }
    return distance;
  }
}
