package io.github.dsalab.graph;

/**
 * A {@link Graph} whose every arc carries a finite {@code double} weight, as shortest-path and
 * spanning-tree algorithms need.
 *
 * <p>The weight of an undirected edge is stored on both of its arcs. Weights may be negative or
 * zero; the algorithms that cannot handle negative weights (such as
 * {@link DijkstraShortestPaths}) check for them.
 *
 * <table class="striped">
 *   <caption>Cost of the graphs built by {@link #builder(int)}</caption>
 *   <tr><th>operation</th><th>time</th></tr>
 *   <tr><td>everything in {@link Graph}</td><td>{@code O(1)}</td></tr>
 *   <tr><td>{@code weight}</td><td>{@code O(1)}</td></tr>
 *   <tr><td>space</td><td>12 bytes per arc + 4 bytes per vertex</td></tr>
 * </table>
 *
 * <pre>{@code
 * WeightedGraph roads = WeightedGraph.builder(3).directed().addEdge(0, 1, 2.5).addEdge(1, 2, 1).build();
 * DijkstraShortestPaths paths = new DijkstraShortestPaths(roads, 0);
 * double km = paths.distanceTo(2); // 3.5
 * }</pre>
 */
public interface WeightedGraph extends Graph {

  /**
   * Returns a builder for an immutable weighted graph on the vertices {@code 0} to
   * {@code vertexCount - 1}. Call {@link WeightedGraphBuilder#directed()} or
   * {@link WeightedGraphBuilder#undirected()} before building.
   *
   * @param vertexCount the number of vertices, zero or more
   * @return a new builder with no edges
   * @throws IllegalArgumentException if {@code vertexCount} is negative
   */
  static WeightedGraphBuilder builder(int vertexCount) {
    return new WeightedGraphBuilder(vertexCount);
  }

  /**
   * Returns the weight of the {@code i}-th arc leaving {@code v}, the arc whose head is
   * {@code neighbour(v, i)}.
   *
   * @param v a vertex
   * @param i a position in the adjacency list of {@code v}, from 0 to {@code degree(v) - 1}
   * @return the weight of that arc, a finite number
   * @throws IllegalArgumentException if {@code v} is not a vertex
   * @throws IndexOutOfBoundsException if {@code i} is not a position in the list of {@code v}
   */
  double weight(int v, int i);
}
