package io.github.dsalab.graph;

import java.util.Arrays;
import java.util.Objects;

/**
 * The strongly connected components of a directed graph: the largest groups of vertices in which
 * every vertex can reach every other along arcs. Each vertex is in exactly one component (a
 * vertex on no cycle is a component on its own).
 *
 * <p>Tarjan's algorithm, written without recursion: one depth-first search that numbers vertices
 * in discovery order and tracks, for each, the lowest number reachable through its subtree and
 * one more arc (its <em>low link</em>). A vertex whose low link is its own number is the root of
 * a component: the vertices above it on a second stack are that component. Components come out
 * sinks first, so component ids are a reverse topological order of the component graph: for
 * every arc {@code u -> v}, {@code componentOf(u) >= componentOf(v)}.
 *
 * <p>On an undirected graph, where every edge goes both ways, the components are the connected
 * components. {@code V} is the number of vertices and {@code E} the number of edges.
 *
 * <table class="striped">
 *   <caption>Cost</caption>
 *   <tr><th>operation</th><th>time</th></tr>
 *   <tr><td>constructor</td><td>{@code O(V + E)}</td></tr>
 *   <tr><td>{@code count}, {@code componentOf}, {@code stronglyConnected}</td><td>{@code O(1)}</td></tr>
 *   <tr><td>extra space</td><td>{@code O(V)}: six {@code int} arrays while running</td></tr>
 * </table>
 *
 * <pre>{@code
 * StronglyConnectedComponents scc = new StronglyConnectedComponents(graph);
 * int groups = scc.count();
 * boolean mutual = scc.stronglyConnected(0, 7); // 0 reaches 7 and 7 reaches 0
 * }</pre>
 */
public final class StronglyConnectedComponents {
  private final int[] component;
  private final int count;

  /**
   * Finds the strongly connected components of {@code graph}.
   *
   * @param graph the graph, usually directed
   * @throws NullPointerException if {@code graph} is null
   */
  public StronglyConnectedComponents(Graph graph) {
    Objects.requireNonNull(graph, "graph");
    int n = graph.vertexCount();
    component = new int[n];
    Arrays.fill(component, -1); // -1: not yet assigned, so on the Tarjan stack if numbered
    int[] number = new int[n];
    Arrays.fill(number, -1);
    int[] low = new int[n];
    int[] nextArc = new int[n];
    int[] path = new int[n]; // the depth-first search's stack: the current path
    int[] open = new int[n]; // Tarjan's stack: numbered vertices without a component yet
    int counter = 0;
    int components = 0;
    for (int root = 0; root < n; root++) {
      if (number[root] >= 0) {
        continue;
      }
      int pathTop = 0;
      int openTop = 0;
      number[root] = low[root] = counter++;
      path[pathTop++] = root;
      open[openTop++] = root;
      while (pathTop > 0) {
        int v = path[pathTop - 1];
        int i = nextArc[v];
        if (i < graph.degree(v)) {
          nextArc[v] = i + 1;
          int w = graph.neighbour(v, i);
          if (number[w] < 0) {
            number[w] = low[w] = counter++;
            path[pathTop++] = w;
            open[openTop++] = w;
          } else if (component[w] < 0) {
            low[v] = Math.min(low[v], number[w]);
          }
        } else {
          pathTop--;
          if (low[v] == number[v]) {
            int w;
            do {
              w = open[--openTop];
              component[w] = components;
            } while (w != v);
            components++;
          }
          if (pathTop > 0) {
            int caller = path[pathTop - 1];
            low[caller] = Math.min(low[caller], low[v]);
          }
        }
      }
    }
    count = components;
  }

  /**
   * Returns the number of strongly connected components.
   *
   * @return the count, from 0 (no vertices) to {@code V}
   */
  public int count() {
    return count;
  }

  /**
   * Returns the id of the component of {@code v}; ids run from 0 to {@code count() - 1}, sink
   * components first.
   *
   * @param v a vertex
   * @return its component id
   * @throws IllegalArgumentException if {@code v} is not a vertex
   */
  public int componentOf(int v) {
    return component[Vertices.check(v, component.length)];
  }

  /**
   * Tells whether {@code u} and {@code v} reach each other.
   *
   * @param u a vertex
   * @param v a vertex
   * @return true if they are in the same component
   * @throws IllegalArgumentException if {@code u} or {@code v} is not a vertex
   */
  public boolean stronglyConnected(int u, int v) {
    return componentOf(u) == componentOf(v);
  }
}
