package io.github.dsalab.graph;

import io.github.dsalab.heap.IndexedMinHeap;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * Shortest paths by total weight from one source in a graph whose weights are zero or more, by
 * Dijkstra's algorithm.
 *
 * <p>The algorithm settles vertices in order of distance: it repeatedly takes the unsettled
 * vertex with the smallest tentative distance from an {@link IndexedMinHeap} and
 * <em>relaxes</em> its arcs, lowering a neighbour's tentative distance (a
 * {@code decreaseKey}) when the path through the settled vertex is shorter. With no negative
 * weight, a settled vertex's distance can never improve, which is why negative weights are
 * refused up front. In a directed graph arcs are followed forwards only.
 *
 * <p>{@code V} is the number of vertices and {@code E} the number of edges. Each arc leaving a
 * reachable vertex is relaxed exactly once; each relaxation costs at most one
 * {@code O(log V)} heap operation.
 *
 * <table class="striped">
 *   <caption>Cost</caption>
 *   <tr><th>operation</th><th>time</th></tr>
 *   <tr><td>constructor</td><td>{@code O((V + E) log V)}, that is {@code O(E log V)} when
 *       every vertex is reachable</td></tr>
 *   <tr><td>{@code hasPathTo}, {@code distanceTo}, {@code parentOf}</td><td>{@code O(1)}</td></tr>
 *   <tr><td>{@code pathTo(v)}</td><td>{@code O(number of edges on the path)}</td></tr>
 *   <tr><td>extra space</td><td>{@code O(V)}</td></tr>
 * </table>
 *
 * <pre>{@code
 * DijkstraShortestPaths paths = new DijkstraShortestPaths(roads, home);
 * double km = paths.distanceTo(work);
 * List<Integer> route = paths.pathTo(work);
 * }</pre>
 */
public final class DijkstraShortestPaths {
  private final double[] distance; // +infinity until reached
  private final int[] parent; // -1 for the source and unreached vertices
  private final int source;

  /**
   * Computes shortest paths from {@code source}.
   *
   * @param graph a weighted graph, directed or undirected, with no negative weight
   * @param source the vertex the paths start from
   * @throws NullPointerException if {@code graph} is null
   * @throws IllegalArgumentException if {@code source} is not a vertex or an arc has a negative
   *     weight
   */
  public DijkstraShortestPaths(WeightedGraph graph, int source) {
    int n = Objects.requireNonNull(graph, "graph").vertexCount();
    this.source = Vertices.check(source, n);
    for (int v = 0; v < n; v++) {
      for (int i = 0; i < graph.degree(v); i++) {
        double w = graph.weight(v, i);
        if (w < 0) {
          throw new IllegalArgumentException(
              "arc " + v + " -> " + graph.neighbour(v, i) + " has negative weight " + w
                  + "; Dijkstra needs weights of 0 or more");
        }
      }
    }
    distance = new double[n];
    parent = new int[n];
    Arrays.fill(distance, Double.POSITIVE_INFINITY);
    Arrays.fill(parent, -1);
    IndexedMinHeap<Double> unsettled = new IndexedMinHeap<>(n);
    distance[source] = 0;
    unsettled.insert(source, 0.0);
    while (!unsettled.isEmpty()) {
      int v = unsettled.pollMin();
      int degree = graph.degree(v);
      for (int i = 0; i < degree; i++) {
        int w = graph.neighbour(v, i);
        double through = distance[v] + graph.weight(v, i);
        if (through < distance[w]) {
          distance[w] = through;
          parent[w] = v;
          if (unsettled.contains(w)) {
            unsettled.decreaseKey(w, through);
          } else {
            unsettled.insert(w, through);
          }
        }
      }
    }
  }

  /**
   * Tells whether a path leads from the source to {@code v}.
   *
   * @param v a vertex
   * @return true if {@code v} is reachable
   * @throws IllegalArgumentException if {@code v} is not a vertex
   */
  public boolean hasPathTo(int v) {
    return distance[Vertices.check(v, distance.length)] < Double.POSITIVE_INFINITY;
  }

  /**
   * Returns the total weight of a shortest path from the source to {@code v}.
   *
   * @param v a vertex
   * @return the distance: 0 for the source, {@link Double#POSITIVE_INFINITY} (the mathematical
   *     distance, not an error code) if {@code v} is unreachable
   * @throws IllegalArgumentException if {@code v} is not a vertex
   */
  public double distanceTo(int v) {
    return distance[Vertices.check(v, distance.length)];
  }

  /**
   * Returns the vertex before {@code v} on the shortest path {@link #pathTo(int)} returns.
   *
   * @param v a reachable vertex other than the source
   * @return its parent in the shortest-path tree
   * @throws IllegalArgumentException if {@code v} is not a vertex
   * @throws NoSuchElementException if {@code v} is the source or unreachable
   */
  public int parentOf(int v) {
    if (parent[checkReachable(v)] < 0) {
      throw new NoSuchElementException("vertex " + v + " is the source and has no parent");
    }
    return parent[v];
  }

  /**
   * Returns a shortest path from the source to {@code v}, both included.
   *
   * @param v a reachable vertex
   * @return the vertices of the path, in a read-only list
   * @throws IllegalArgumentException if {@code v} is not a vertex
   * @throws NoSuchElementException if {@code v} is unreachable
   */
  public List<Integer> pathTo(int v) {
    int length = 1;
    for (int x = checkReachable(v); x != source; x = parent[x]) {
      length++;
    }
    int[] path = new int[length];
    int x = v;
    for (int k = length - 1; k > 0; k--) {
      path[k] = x;
      x = parent[x];
    }
    path[0] = source;
    return IntListView.of(path, length);
  }

  private int checkReachable(int v) {
    if (!hasPathTo(v)) {
      throw new NoSuchElementException("vertex " + v + " is not reachable from the source");
    }
    return v;
  }
}
