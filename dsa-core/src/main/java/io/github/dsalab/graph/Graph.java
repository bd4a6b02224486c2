package io.github.dsalab.graph;

/**
 * A graph over the vertices {@code 0} to {@code vertexCount() - 1}, directed or undirected, read
 * through its adjacency lists.
 *
 * <p>Every algorithm in this package reads a graph only through this interface, so a wrapper
 * such as {@link CountingGraph} can watch an algorithm work without a line of counting code
 * inside it. Neighbours are read by position, with no allocation per call:
 *
 * <pre>{@code
 * for (int i = 0; i < graph.degree(v); i++) {
 *   int w = graph.neighbour(v, i);
 * }
 * }</pre>
 *
 * <p><b>Arcs and edges.</b> A directed edge {@code u -> v} is stored as one <em>arc</em> in the
 * list of {@code u}. An undirected edge {@code u - v} is stored as two arcs, {@code u -> v} in the
 * list of {@code u} and {@code v -> u} in the list of {@code v}, except an undirected
 * <em>self-loop</em> {@code v - v}, which is stored as a single arc {@code v -> v} (so it adds
 * one, not two, to {@code degree(v)}). Parallel edges and self-loops are allowed and kept: each
 * one added is one edge in {@link #edgeCount()} and appears in the adjacency lists.
 *
 * <table class="striped">
 *   <caption>Cost of the graphs built by {@link #builder(int)}</caption>
 *   <tr><th>operation</th><th>time</th></tr>
 *   <tr><td>{@code vertexCount}, {@code edgeCount}, {@code isDirected}</td><td>{@code O(1)}</td></tr>
 *   <tr><td>{@code degree}, {@code neighbour}</td><td>{@code O(1)}</td></tr>
 *   <tr><td>space</td><td>4 bytes per arc + 4 bytes per vertex</td></tr>
 * </table>
 *
 * <pre>{@code
 * Graph graph = Graph.builder(4).undirected().addEdge(0, 1).addEdge(1, 2).build();
 * BreadthFirstSearch bfs = new BreadthFirstSearch(graph, 0);
 * int hops = bfs.distanceTo(2); // 2
 * }</pre>
 */
public interface Graph {

  /**
   * Returns a builder for an immutable graph on the vertices {@code 0} to {@code vertexCount - 1}.
   * Call {@link GraphBuilder#directed()} or {@link GraphBuilder#undirected()} before building.
   *
   * @param vertexCount the number of vertices, zero or more
   * @return a new builder with no edges
   * @throws IllegalArgumentException if {@code vertexCount} is negative
   */
  static GraphBuilder builder(int vertexCount) {
    return new GraphBuilder(vertexCount);
  }

  /**
   * Returns the number of vertices {@code V}; the vertices are {@code 0} to {@code V - 1}.
   *
   * @return the number of vertices
   */
  int vertexCount();

  /**
   * Returns the number of edges {@code E} as added: an undirected edge counts once, and so do
   * each parallel edge and each self-loop.
   *
   * @return the number of edges
   */
  int edgeCount();

  /**
   * Tells whether the edges are directed.
   *
   * @return true for a directed graph, false for an undirected one
   */
  boolean isDirected();

  /**
   * Returns the number of arcs leaving {@code v}: its out-degree in a directed graph, its degree
   * in an undirected one, where a self-loop counts once.
   *
   * @param v a vertex
   * @return the length of the adjacency list of {@code v}
   * @throws IllegalArgumentException if {@code v} is not a vertex
   */
  int degree(int v);

  /**
   * Returns the head of the {@code i}-th arc leaving {@code v}. Arcs keep the order in which
   * their edges were added.
   *
   * @param v a vertex
   * @param i a position in the adjacency list of {@code v}, from 0 to {@code degree(v) - 1}
   * @return the neighbour at that position
   * @throws IllegalArgumentException if {@code v} is not a vertex
   * @throws IndexOutOfBoundsException if {@code i} is not a position in the list of {@code v}
   */
  int neighbour(int v, int i);
}
