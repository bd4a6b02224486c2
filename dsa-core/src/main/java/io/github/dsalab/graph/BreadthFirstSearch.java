package io.github.dsalab.graph;

import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * Breadth-first search: visits the vertices in order of their distance, in edges, from one or
 * more source vertices, and so finds a shortest path (fewest edges) to every reachable vertex.
 *
 * <p>The search runs in the constructor with a queue and no recursion; the queries afterwards
 * are {@code O(1)}. With several sources, each vertex gets its distance to the nearest source
 * (a <em>multi-source</em> search, as if one extra vertex had an edge to every source). In a
 * directed graph arcs are followed forwards only.
 *
 * <p>{@code V} is the number of vertices and {@code E} the number of edges. The search reads
 * each arc leaving a reached vertex exactly once, so a {@link CountingGraph} records exactly
 * the sum of the degrees of the reached vertices, at most {@code E} (directed) or {@code 2E}
 * (undirected).
 *
 * <table class="striped">
 *   <caption>Cost</caption>
 *   <tr><th>operation</th><th>time</th></tr>
 *   <tr><td>constructor (the search)</td><td>{@code O(V + E)}</td></tr>
 *   <tr><td>{@code hasPathTo}, {@code distanceTo}, {@code parentOf}, {@code visitOrder}</td><td>{@code O(1)}</td></tr>
 *   <tr><td>{@code pathTo(v)}</td><td>{@code O(length of the path)}</td></tr>
 *   <tr><td>extra space</td><td>{@code O(V)}: three {@code int} arrays</td></tr>
 * </table>
 *
 * <pre>{@code
 * BreadthFirstSearch bfs = new BreadthFirstSearch(graph, 0);
 * if (bfs.hasPathTo(5)) {
 *   List<Integer> hops = bfs.pathTo(5); // 0, ..., 5 with fewest edges
 * }
 * }</pre>
 */
public final class BreadthFirstSearch {
  private final int[] distance; // -1 until reached
  private final int[] parent; // -1 for sources and unreached vertices
  private final int[] order; // the queue; once drained, it is the visit order
  private final int reached;

  /**
   * Searches {@code graph} from {@code sources}.
   *
   * @param graph the graph to search
   * @param sources one or more vertices to start from; repeats are ignored
   * @throws NullPointerException if {@code graph} or {@code sources} is null
   * @throws IllegalArgumentException if there is no source or a source is not a vertex
   */
  public BreadthFirstSearch(Graph graph, int... sources) {
    Objects.requireNonNull(graph, "graph");
    Objects.requireNonNull(sources, "sources");
    if (sources.length == 0) {
      throw new IllegalArgumentException("a search needs at least one source vertex");
    }
    int n = graph.vertexCount();
    distance = new int[n];
    parent = new int[n];
    order = new int[n];
    Arrays.fill(distance, -1);
    Arrays.fill(parent, -1);
    int tail = 0;
    for (int s : sources) {
      Vertices.check(s, n);
      if (distance[s] < 0) {
        distance[s] = 0;
        order[tail++] = s;
      }
    }
    for (int head = 0; head < tail; head++) {
      int v = order[head];
      int degree = graph.degree(v);
      for (int i = 0; i < degree; i++) {
        int w = graph.neighbour(v, i);
        if (distance[w] < 0) {
          distance[w] = distance[v] + 1;
          parent[w] = v;
          order[tail++] = w;
        }
      }
    }
    reached = tail;
  }

  /**
   * Tells whether some source reaches {@code v}.
   *
   * @param v a vertex
   * @return true if there is a path from a source to {@code v}
   * @throws IllegalArgumentException if {@code v} is not a vertex
   */
  public boolean hasPathTo(int v) {
    return distance[Vertices.check(v, distance.length)] >= 0;
  }

  /**
   * Returns the number of edges on a shortest path from the nearest source to {@code v}.
   *
   * @param v a vertex reachable from a source
   * @return the distance, 0 for a source
   * @throws IllegalArgumentException if {@code v} is not a vertex
   * @throws NoSuchElementException if no source reaches {@code v}
   */
  public int distanceTo(int v) {
    return distance[checkReached(v)];
  }

  /**
   * Returns the vertex before {@code v} on the shortest path that {@link #pathTo(int)} returns.
   * Following parents from any reached vertex leads to a source; the arcs from parents to
   * children form a shortest-path tree (a forest with several sources).
   *
   * @param v a reached vertex that is not a source
   * @return the parent of {@code v}, one edge nearer to a source
   * @throws IllegalArgumentException if {@code v} is not a vertex
   * @throws NoSuchElementException if {@code v} is a source or is not reachable
   */
  public int parentOf(int v) {
    if (distance[checkReached(v)] == 0) {
      throw new NoSuchElementException("vertex " + v + " is a source and has no parent");
    }
    return parent[v];
  }

  /**
   * Returns a shortest path from the nearest source to {@code v}, both included.
   *
   * @param v a vertex reachable from a source
   * @return the vertices of the path, {@code distanceTo(v) + 1} of them, in a read-only list
   * @throws IllegalArgumentException if {@code v} is not a vertex
   * @throws NoSuchElementException if no source reaches {@code v}
   */
  public List<Integer> pathTo(int v) {
    int length = distance[checkReached(v)];
    int[] path = new int[length + 1];
    for (int i = length, x = v; i >= 0; i--, x = parent[x]) {
      path[i] = x;
    }
    return IntListView.of(path, path.length);
  }

  /**
   * Returns the reached vertices in the order the search visited them: the sources first, then
   * by distance. Within one distance the order depends on the adjacency lists.
   *
   * @return a read-only list of the reached vertices
   */
  public List<Integer> visitOrder() {
    return IntListView.of(order, reached);
  }

  private int checkReached(int v) {
    if (distance[Vertices.check(v, distance.length)] < 0) {
      throw new NoSuchElementException("vertex " + v + " is not reachable from the sources");
    }
    return v;
  }
}
