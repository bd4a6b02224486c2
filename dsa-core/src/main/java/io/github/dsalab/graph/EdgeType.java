package io.github.dsalab.graph;

/**
 * The four kinds of arc a depth-first search of a directed graph finds, judged at the moment the
 * search reads the arc {@code v -> w}. With {@code d} the discovery time and {@code f} the finish
 * time of {@link DepthFirstSearch}:
 *
 * <table class="striped">
 *   <caption>Edge classification</caption>
 *   <tr><th>kind</th><th>{@code w} when the arc is read</th><th>times afterwards</th></tr>
 *   <tr><td>{@link #TREE}</td><td>not yet discovered</td><td>{@code d[v] < d[w] < f[w] < f[v]}</td></tr>
 *   <tr><td>{@link #BACK}</td><td>discovered, not finished: an ancestor of {@code v} (or {@code v})</td><td>{@code d[w] <= d[v] < f[v] <= f[w]}</td></tr>
 *   <tr><td>{@link #FORWARD}</td><td>finished, discovered after {@code v}: a descendant</td><td>{@code d[v] < d[w] < f[w] < f[v]}</td></tr>
 *   <tr><td>{@link #CROSS}</td><td>finished, discovered before {@code v}</td><td>{@code d[w] < f[w] < d[v] < f[v]}</td></tr>
 * </table>
 *
 * <p>A directed graph has a cycle exactly when a depth-first search finds a back arc; a
 * self-loop is a back arc.
 *
 * <pre>{@code
 * Graph g = Graph.builder(2).directed().addEdge(0, 1).addEdge(1, 0).build();
 * DepthFirstSearch dfs = new DepthFirstSearch(g);
 * EdgeType type = dfs.edgeType(1, 0); // BACK: the cycle 0 -> 1 -> 0
 * }</pre>
 */
public enum EdgeType {
  /** An arc to a vertex discovered through it: the arcs of the depth-first forest. */
  TREE,
  /** An arc to an ancestor on the current path, or a self-loop: it closes a cycle. */
  BACK,
  /** A non-tree arc to a descendant that is already finished. */
  FORWARD,
  /** An arc to a vertex in an earlier, finished branch or tree. */
  CROSS
}
