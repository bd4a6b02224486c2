package io.github.dsalab.exercises.graph;

import io.github.dsalab.graph.Graph;

/**
 * Exercise: is an undirected graph bipartite?
 *
 * <p>Return whether the vertices of the undirected {@code graph} can be coloured with two colours
 * so that every edge joins two different colours. (Equivalently: no cycle of odd length. A
 * self-loop makes a graph not bipartite.)
 *
 * <pre>
 * square 0-1-2-3-0     true  (colour 0 and 2 red, 1 and 3 blue)
 * triangle 0-1-2-0     false
 * no edges             true
 * </pre>
 *
 * <p>Expected cost: {@code O(V + E)}: colour each component by breadth-first search, giving each
 * newly reached vertex the other colour, and check every edge on the way. Searching again from
 * every vertex is {@code O(V·(V + E))} and does not pass. The checker counts neighbour reads.
 */
public final class BipartiteCheck {
  private BipartiteCheck() {}

  /**
   * Tells whether the graph is two-colourable.
   *
   * @param graph an undirected graph
   * @return true if it is bipartite
   */
  public static boolean isBipartite(Graph graph) {
    throw new UnsupportedOperationException("TODO: two-colour each component by BFS");
  }
}
