package io.github.dsalab.graph;

/**
 * Collects the edges of a {@link Graph} and then builds it, immutable, in compressed sparse rows.
 * Get one from {@link Graph#builder(int)}.
 *
 * <p>Edges are kept in the order they are added, and so are the adjacency lists of the built
 * graph. Parallel edges and self-loops are kept. The builder can be used again after
 * {@link #build()}: later edges go into later graphs only.
 *
 * <table class="striped">
 *   <caption>Cost, with {@code V} vertices and {@code E} edges</caption>
 *   <tr><th>operation</th><th>time</th><th>space</th></tr>
 *   <tr><td>{@code addEdge}</td><td>{@code O(1)} amortized</td><td>8 bytes per edge until built</td></tr>
 *   <tr><td>{@code build}</td><td>{@code O(V + E)}</td><td>4 bytes per arc + 4 bytes per vertex</td></tr>
 * </table>
 *
 * <pre>{@code
 * GraphBuilder builder = Graph.builder(3).directed();
 * builder.addEdge(0, 1).addEdge(1, 2).addEdge(2, 0);
 * Graph triangle = builder.build();
 * }</pre>
 */
public final class GraphBuilder {
  private final EdgeList edges;
  private Boolean directed; // null until the caller chooses

  GraphBuilder(int vertexCount) {
    this.edges = new EdgeList(vertexCount, false);
  }

  /**
   * Makes the graph directed: {@code addEdge(u, v)} adds the arc {@code u -> v} only.
   *
   * @return this builder
   */
  public GraphBuilder directed() {
    directed = Boolean.TRUE;
    return this;
  }

  /**
   * Makes the graph undirected: {@code addEdge(u, v)} adds the arcs {@code u -> v} and
   * {@code v -> u}, or the single arc {@code v -> v} for a self-loop.
   *
   * @return this builder
   */
  public GraphBuilder undirected() {
    directed = Boolean.FALSE;
    return this;
  }

  /**
   * Adds the edge from {@code u} to {@code v}.
   *
   * @param u a vertex, the tail if the graph is directed
   * @param v a vertex, the head if the graph is directed; may equal {@code u}
   * @return this builder
   * @throws IllegalArgumentException if {@code u} or {@code v} is not a vertex
   * @throws IllegalStateException if the builder already holds the most edges an array can
   */
  public GraphBuilder addEdge(int u, int v) {
    edges.add(u, v);
    return this;
  }

  /**
   * Builds the graph from the edges added so far.
   *
   * @return a new immutable graph
   * @throws IllegalStateException if neither {@link #directed()} nor {@link #undirected()} was
   *     called, or if the edges make more arcs than an array can hold
   */
  public Graph build() {
    return edges.build(isDirected());
  }

  private boolean isDirected() {
    if (directed == null) {
      throw new IllegalStateException("call directed() or undirected() before build()");
    }
    return directed;
  }

  @Override
  public String toString() {
    return "GraphBuilder[vertices=" + edges.vertexCount() + ", edges=" + edges.size() + "]";
  }
}
