package io.github.dsalab.exercises.graph;

import io.github.dsalab.graph.Graph;

/**
 * Exercise: does a directed graph have a cycle?
 *
 * <p>Return whether the directed {@code graph} has a cycle: a path of one or more edges from a
 * vertex back to itself (a self-loop {@code v -> v} counts).
 *
 * <pre>
 * 0 -&gt; 1 -&gt; 2 -&gt; 0      true
 * 0 -&gt; 1, 0 -&gt; 2, 1 -&gt; 2  false (two paths to 2 are not a cycle)
 * </pre>
 *
 * <p>Expected cost: {@code O(V + E)}: one depth-first search that colours vertices white (not
 * seen), grey (on the current path) and black (finished); an edge to a grey vertex closes a
 * cycle. Starting a fresh search from every vertex is {@code O(V·(V + E))} and does not pass.
 * Use an explicit stack: the tests include a path of 100,000 vertices.
 */
public final class CycleDetection {
  private CycleDetection() {}

  /**
   * Tells whether the graph has a directed cycle.
   *
   * @param graph a directed graph
   * @return true if some vertex can reach itself
   */
  public static boolean hasCycle(Graph graph) {
    throw new UnsupportedOperationException("TODO: depth-first search with three colours");
  }
}
