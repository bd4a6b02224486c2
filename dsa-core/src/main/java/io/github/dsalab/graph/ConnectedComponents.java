package io.github.dsalab.graph;

import java.util.Arrays;
import java.util.Objects;

/**
 * The connected components of an undirected graph: the largest groups of vertices joined by
 * paths. Each vertex is in exactly one component; an isolated vertex is a component on its own.
 *
 * <p>A breadth-first search from each vertex not yet in a component labels everything it
 * reaches. Components are numbered in the order of their smallest vertex, so vertex 0 is always
 * in component 0. For directed graphs use {@link StronglyConnectedComponents}.
 *
 * <p>{@code V} is the number of vertices and {@code E} the number of edges.
 *
 * <table class="striped">
 *   <caption>Cost</caption>
 *   <tr><th>operation</th><th>time</th></tr>
 *   <tr><td>constructor</td><td>{@code O(V + E)}</td></tr>
 *   <tr><td>{@code count}, {@code componentOf}, {@code connected}, {@code sizeOf}</td><td>{@code O(1)}</td></tr>
 *   <tr><td>extra space</td><td>{@code O(V)}</td></tr>
 * </table>
 *
 * <pre>{@code
 * ConnectedComponents components = new ConnectedComponents(network);
 * int islands = components.count();
 * boolean linked = components.connected(2, 9);
 * }</pre>
 */
public final class ConnectedComponents {
  private final int[] component;
  private final int[] sizes;

  /**
   * Finds the connected components of {@code graph}.
   *
   * @param graph an undirected graph
   * @throws NullPointerException if {@code graph} is null
   * @throws IllegalArgumentException if {@code graph} is directed
   */
  public ConnectedComponents(Graph graph) {
    if (Objects.requireNonNull(graph, "graph").isDirected()) {
      throw new IllegalArgumentException(
          "connected components need an undirected graph; use StronglyConnectedComponents");
    }
    int n = graph.vertexCount();
    component = new int[n];
    Arrays.fill(component, -1);
    int[] queue = new int[n];
    int[] sizeOf = new int[n];
    int count = 0;
    for (int root = 0; root < n; root++) {
      if (component[root] >= 0) {
        continue;
      }
      int tail = 0;
      component[root] = count;
      queue[tail++] = root;
      for (int head = 0; head < tail; head++) {
        int v = queue[head];
        int degree = graph.degree(v);
        for (int i = 0; i < degree; i++) {
          int w = graph.neighbour(v, i);
          if (component[w] < 0) {
            component[w] = count;
            queue[tail++] = w;
          }
        }
      }
      sizeOf[count++] = tail;
    }
    sizes = Arrays.copyOf(sizeOf, count);
  }

  /**
   * Returns the number of connected components.
   *
   * @return the count, from 0 (no vertices) to {@code V}
   */
  public int count() {
    return sizes.length;
  }

  /**
   * Returns the id of the component of {@code v}, from 0 to {@code count() - 1}.
   *
   * @param v a vertex
   * @return its component id
   * @throws IllegalArgumentException if {@code v} is not a vertex
   */
  public int componentOf(int v) {
    return component[Vertices.check(v, component.length)];
  }

  /**
   * Tells whether a path joins {@code u} and {@code v}.
   *
   * @param u a vertex
   * @param v a vertex
   * @return true if they are in the same component
   * @throws IllegalArgumentException if {@code u} or {@code v} is not a vertex
   */
  public boolean connected(int u, int v) {
    return componentOf(u) == componentOf(v);
  }

  /**
   * Returns the number of vertices in component {@code id}.
   *
   * @param id a component id, from 0 to {@code count() - 1}
   * @return its size, at least 1
   * @throws IndexOutOfBoundsException if {@code id} is not a component id
   */
  public int sizeOf(int id) {
    return sizes[Objects.checkIndex(id, sizes.length)];
  }
}
