package io.github.dsalab.graph;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Decides whether an undirected graph is bipartite: whether its vertices split into two sides
 * with every edge going from one side to the other. It is exactly when the graph has no cycle of
 * odd length, so the answer comes with a witness either way: the two sides, or an odd cycle.
 *
 * <p>A breadth-first search from each uncoloured vertex gives every vertex the side opposite to
 * its parent's, which is the parity of its distance. An edge {@code v - w} between two vertices
 * of the same side then joins two vertices at the same distance (neighbours' distances differ by
 * at most one); walking up their parents to the first common ancestor gives two equal-length
 * paths which, with the edge, make an odd cycle. A self-loop is an odd cycle of one vertex.
 *
 * <p>{@code V} is the number of vertices and {@code E} the number of edges.
 *
 * <table class="striped">
 *   <caption>Cost</caption>
 *   <tr><th>operation</th><th>time</th></tr>
 *   <tr><td>constructor</td><td>{@code O(V + E)}</td></tr>
 *   <tr><td>{@code isBipartite}, {@code sideOf}, {@code oddCycle}</td><td>{@code O(1)}</td></tr>
 *   <tr><td>extra space</td><td>{@code O(V)}</td></tr>
 * </table>
 *
 * <pre>{@code
 * Bipartite check = new Bipartite(graph);
 * if (check.isBipartite()) paint(check.sideOf(v));
 * else explain(check.oddCycle());
 * }</pre>
 */
public final class Bipartite {
  private final int[] side; // null if not bipartite
  private final int[] oddCycle; // null if bipartite

  /**
   * Two-colours {@code graph} or finds an odd cycle in it.
   *
   * @param graph an undirected graph
   * @throws NullPointerException if {@code graph} is null
   * @throws IllegalArgumentException if {@code graph} is directed
   */
  public Bipartite(Graph graph) {
    if (Objects.requireNonNull(graph, "graph").isDirected()) {
      throw new IllegalArgumentException("bipartiteness is checked on undirected graphs only");
    }
    int n = graph.vertexCount();
    int[] distance = new int[n];
    Arrays.fill(distance, -1);
    int[] parent = new int[n];
    int[] queue = new int[n];
    for (int root = 0; root < n; root++) {
      if (distance[root] >= 0) {
        continue;
      }
      int tail = 0;
      distance[root] = 0;
      parent[root] = root;
      queue[tail++] = root;
      for (int head = 0; head < tail; head++) {
        int v = queue[head];
        int degree = graph.degree(v);
        for (int i = 0; i < degree; i++) {
          int w = graph.neighbour(v, i);
          if (distance[w] < 0) {
            distance[w] = distance[v] + 1;
            parent[w] = v;
            queue[tail++] = w;
          } else if ((distance[w] & 1) == (distance[v] & 1)) {
            side = null;
            oddCycle = closeOddCycle(v, w, parent);
            return;
          }
        }
      }
    }
    for (int v = 0; v < n; v++) {
      distance[v] &= 1;
    }
    side = distance;
    oddCycle = null;
  }

  /** The cycle v, parent(v), ..., ancestor, ..., parent(w), w for an edge v - w at equal depth. */
  private static int[] closeOddCycle(int v, int w, int[] parent) {
    int depth = 0;
    for (int x = v, y = w; x != y; x = parent[x], y = parent[y]) {
      depth++;
    }
    int[] cycle = new int[2 * depth + 1];
    for (int k = 0, x = v, y = w; k <= depth; k++, x = parent[x], y = parent[y]) {
      cycle[k] = x;
      cycle[cycle.length - 1 - k] = y;
    }
    return cycle;
  }

  /**
   * Tells whether the graph is bipartite.
   *
   * @return true if {@link #sideOf(int)} is available, false if {@link #oddCycle()} is
   */
  public boolean isBipartite() {
    return side != null;
  }

  /**
   * Returns the side of {@code v}: 0 or 1, and different for the two ends of every edge.
   *
   * @param v a vertex
   * @return 0 or 1; the smallest vertex of each connected component is on side 0
   * @throws IllegalStateException if the graph is not bipartite
   * @throws IllegalArgumentException if {@code v} is not a vertex
   */
  public int sideOf(int v) {
    if (side == null) {
      throw new IllegalStateException("the graph is not bipartite; see oddCycle()");
    }
    return side[Vertices.check(v, side.length)];
  }

  /**
   * Returns a cycle of odd length, the witness that the graph is not bipartite: consecutive
   * vertices are joined by an edge, and so is the last to the first.
   *
   * @return an odd number of vertices, in a read-only list
   * @throws IllegalStateException if the graph is bipartite
   */
  public List<Integer> oddCycle() {
    if (oddCycle == null) {
      throw new IllegalStateException("the graph is bipartite and so has no odd cycle");
    }
    return IntListView.of(oddCycle, oddCycle.length);
  }
}
