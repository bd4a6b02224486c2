package io.github.dsalab.graph;

/**
 * Collects the weighted edges of a {@link WeightedGraph} and then builds it, immutable, in
 * compressed sparse rows. Get one from {@link WeightedGraph#builder(int)}.
 *
 * <p>Edges are kept in the order they are added, and so are the adjacency lists of the built
 * graph. Parallel edges (even with different weights) and self-loops are kept.
 *
 * <table class="striped">
 *   <caption>Cost, with {@code V} vertices and {@code E} edges</caption>
 *   <tr><th>operation</th><th>time</th><th>space</th></tr>
 *   <tr><td>{@code addEdge}</td><td>{@code O(1)} amortized</td><td>16 bytes per edge until built</td></tr>
 *   <tr><td>{@code build}</td><td>{@code O(V + E)}</td><td>12 bytes per arc + 4 bytes per vertex</td></tr>
 * </table>
 *
 * <pre>{@code
 * WeightedGraphBuilder builder = WeightedGraph.builder(3).undirected();
 * builder.addEdge(0, 1, 4.0).addEdge(1, 2, 0.5);
 * WeightedGraph graph = builder.build();
 * }</pre>
 */
public final class WeightedGraphBuilder {
  private final EdgeList edges;
  private Boolean directed; // null until the caller chooses

  WeightedGraphBuilder(int vertexCount) {
    this.edges = new EdgeList(vertexCount, true);
  }

  /**
   * Makes the graph directed: {@code addEdge(u, v, w)} adds the arc {@code u -> v} only.
   *
   * @return this builder
   */
  public WeightedGraphBuilder directed() {
    directed = Boolean.TRUE;
    return this;
  }

  /**
   * Makes the graph undirected: {@code addEdge(u, v, w)} adds the arcs {@code u -> v} and
   * {@code v -> u} with the same weight, or the single arc {@code v -> v} for a self-loop.
   *
   * @return this builder
   */
  public WeightedGraphBuilder undirected() {
    directed = Boolean.FALSE;
    return this;
  }

  /**
   * Adds the edge from {@code u} to {@code v} with weight {@code weight}.
   *
   * @param u a vertex, the tail if the graph is directed
   * @param v a vertex, the head if the graph is directed; may equal {@code u}
   * @param weight the weight, any finite number
   * @return this builder
   * @throws IllegalArgumentException if {@code u} or {@code v} is not a vertex, or if
   *     {@code weight} is infinite or NaN
   * @throws IllegalStateException if the builder already holds the most edges an array can
   */
  public WeightedGraphBuilder addEdge(int u, int v, double weight) {
    edges.add(u, v, weight);
    return this;
  }

  /**
   * Builds the graph from the edges added so far.
   *
   * @return a new immutable weighted graph
   * @throws IllegalStateException if neither {@link #directed()} nor {@link #undirected()} was
   *     called, or if the edges make more arcs than an array can hold
   */
  public WeightedGraph build() {
    if (directed == null) {
      throw new IllegalStateException("call directed() or undirected() before build()");
    }
    return (WeightedGraph) edges.build(directed);
  }

  @Override
  public String toString() {
    return "WeightedGraphBuilder[vertices=" + edges.vertexCount() + ", edges=" + edges.size() + "]";
  }
}
