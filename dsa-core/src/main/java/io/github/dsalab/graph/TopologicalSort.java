package io.github.dsalab.graph;

import java.util.List;
import java.util.Objects;

/**
 * A topological order of a directed graph: every vertex before all the vertices its arcs lead
 * to, as in a schedule where each task comes after the tasks it depends on. Such an order exists
 * exactly when the graph has no directed cycle; when it has one, this class hands out a cycle
 * instead, as the witness that no order exists.
 *
 * <p>Two classic algorithms, chosen by factory:
 * <ul>
 *   <li>{@link #kahn(Graph)} repeatedly takes a vertex that no remaining arc points to (in-degree
 *       zero), first-in first-out. If vertices remain when none has in-degree zero, they lie on
 *       or after a cycle, and a depth-first search finds one.</li>
 *   <li>{@link #depthFirst(Graph)} runs a {@link DepthFirstSearch}: the reverse postorder is a
 *       topological order unless the search finds a back arc, and a back arc {@code v -> w}
 *       closes the cycle {@code w -> ... -> v -> w} along the tree path.</li>
 * </ul>
 * A graph usually has many topological orders, and the two algorithms may return different ones;
 * any of them is right. Neither recurses.
 *
 * <p>{@code V} is the number of vertices and {@code E} the number of edges.
 *
 * <table class="striped">
 *   <caption>Cost</caption>
 *   <tr><th>operation</th><th>time</th></tr>
 *   <tr><td>{@code kahn}, {@code depthFirst}</td><td>{@code O(V + E)}</td></tr>
 *   <tr><td>{@code hasOrder}, {@code order}, {@code rankOf}, {@code cycle}</td><td>{@code O(1)}</td></tr>
 *   <tr><td>extra space</td><td>{@code O(V)}, plus one byte per arc when a depth-first
 *       search runs</td></tr>
 * </table>
 *
 * <pre>{@code
 * TopologicalSort sort = TopologicalSort.kahn(tasks);
 * if (sort.hasOrder()) schedule(sort.order());
 * else reportCycle(sort.cycle());
 * }</pre>
 */
public final class TopologicalSort {
  private final int[] order; // null if the graph has a cycle
  private final int[] rank;
  private final int[] cycle; // null if the graph is acyclic

  private TopologicalSort(int[] order, int[] cycle) {
    this.order = order;
    this.cycle = cycle;
    if (order == null) {
      rank = null;
    } else {
      rank = new int[order.length];
      for (int i = 0; i < order.length; i++) {
        rank[order[i]] = i;
      }
    }
  }

  /**
   * Sorts {@code graph} with Kahn's algorithm: in-degree zero first, first-in first-out.
   *
   * @param graph a directed graph
   * @return the order, or the witness cycle
   * @throws NullPointerException if {@code graph} is null
   * @throws IllegalArgumentException if {@code graph} is undirected
   */
  public static TopologicalSort kahn(Graph graph) {
    int n = checkDirected(graph).vertexCount();
    int[] inDegree = new int[n];
    for (int v = 0; v < n; v++) {
      int degree = graph.degree(v);
      for (int i = 0; i < degree; i++) {
        inDegree[graph.neighbour(v, i)]++;
      }
    }
    int[] queue = new int[n];
    int tail = 0;
    for (int v = 0; v < n; v++) {
      if (inDegree[v] == 0) {
        queue[tail++] = v;
      }
    }
    for (int head = 0; head < tail; head++) {
      int v = queue[head];
      int degree = graph.degree(v);
      for (int i = 0; i < degree; i++) {
        int w = graph.neighbour(v, i);
        if (--inDegree[w] == 0) {
          queue[tail++] = w;
        }
      }
    }
    if (tail == n) {
      return new TopologicalSort(queue, null);
    }
    return new TopologicalSort(null, findCycle(graph, new DepthFirstSearch(graph)));
  }

  /**
   * Sorts {@code graph} by depth-first search: the reverse postorder, if there is no back arc.
   *
   * @param graph a directed graph
   * @return the order, or the witness cycle
   * @throws NullPointerException if {@code graph} is null
   * @throws IllegalArgumentException if {@code graph} is undirected
   */
  public static TopologicalSort depthFirst(Graph graph) {
    DepthFirstSearch dfs = new DepthFirstSearch(checkDirected(graph));
    int[] cycle = findCycle(graph, dfs);
    if (cycle != null) {
      return new TopologicalSort(null, cycle);
    }
    List<Integer> reversePostorder = dfs.reversePostorder();
    int[] order = new int[reversePostorder.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = reversePostorder.get(i);
    }
    return new TopologicalSort(order, null);
  }

  /** The cycle closed by the first back arc the search found, or null if it found none. */
  private static int[] findCycle(Graph graph, DepthFirstSearch dfs) {
    for (int v = 0; v < graph.vertexCount(); v++) {
      for (int i = 0; i < graph.degree(v); i++) {
        if (dfs.edgeType(v, i) == EdgeType.BACK) {
          int w = graph.neighbour(v, i);
          // w is an ancestor of v (or v itself), so the tree path w -> ... -> v exists.
          int length = 1;
          for (int x = v; x != w; x = dfs.parentOf(x)) {
            length++;
          }
          int[] cycle = new int[length];
          int x = v;
          for (int k = length - 1; k > 0; k--) {
            cycle[k] = x;
            x = dfs.parentOf(x);
          }
          cycle[0] = w;
          return cycle;
        }
      }
    }
    return null;
  }

  private static Graph checkDirected(Graph graph) {
    if (!Objects.requireNonNull(graph, "graph").isDirected()) {
      throw new IllegalArgumentException("a topological order needs a directed graph");
    }
    return graph;
  }

  /**
   * Tells whether the graph is acyclic, so that it has a topological order.
   *
   * @return true if {@link #order()} is available, false if {@link #cycle()} is
   */
  public boolean hasOrder() {
    return order != null;
  }

  /**
   * Returns the topological order: for every arc {@code u -> v}, {@code u} comes before
   * {@code v}.
   *
   * @return all the vertices, in a read-only list
   * @throws IllegalStateException if the graph has a cycle
   */
  public List<Integer> order() {
    if (order == null) {
      throw new IllegalStateException("the graph has a cycle and so no topological order");
    }
    return IntListView.of(order, order.length);
  }

  /**
   * Returns the position of {@code v} in {@link #order()}.
   *
   * @param v a vertex
   * @return its rank, from 0 to {@code V - 1}
   * @throws IllegalStateException if the graph has a cycle
   * @throws IllegalArgumentException if {@code v} is not a vertex
   */
  public int rankOf(int v) {
    if (rank == null) {
      throw new IllegalStateException("the graph has a cycle and so no topological order");
    }
    return rank[Vertices.check(v, rank.length)];
  }

  /**
   * Returns a directed cycle, the witness that no topological order exists: consecutive vertices
   * are joined by an arc, and so is the last to the first. A self-loop is a cycle of one vertex.
   *
   * @return the vertices of the cycle, in a read-only list
   * @throws IllegalStateException if the graph is acyclic
   */
  public List<Integer> cycle() {
    if (cycle == null) {
      throw new IllegalStateException("the graph is acyclic and so has no cycle");
    }
    return IntListView.of(cycle, cycle.length);
  }
}
