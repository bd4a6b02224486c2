package io.github.dsalab.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A minimum spanning tree of an undirected weighted graph, by Kruskal's algorithm: the
 * cheapest set of edges that keeps connected every pair of vertices the graph connects.
 *
 * <p>Kruskal takes the edges from lightest to heaviest and keeps each one that joins two
 * different trees of the edges kept so far, which a {@link UnionFind} answers in near-constant
 * time. By the cut property, the lightest edge across any split of the vertices is safe to keep.
 * On a disconnected graph the result is a minimum spanning <em>forest</em>, one tree per
 * connected component, with {@code V - components} edges. Self-loops are never kept; of
 * parallel edges, at most the lightest. Negative weights are fine. Among equal weights, the
 * edge met first when scanning vertices {@code 0, 1, 2, ...} and their adjacency lists wins, so
 * the result is deterministic.
 *
 * <p>{@code V} is the number of vertices and {@code E} the number of edges.
 *
 * <table class="striped">
 *   <caption>Cost</caption>
 *   <tr><th>operation</th><th>time</th></tr>
 *   <tr><td>constructor</td><td>{@code O(E log E)}, the sort; the union-find part is
 *       {@code O(E α(V))}</td></tr>
 *   <tr><td>{@code weight}, {@code edges}</td><td>{@code O(1)}</td></tr>
 *   <tr><td>extra space</td><td>{@code O(V + E)}</td></tr>
 * </table>
 *
 * <pre>{@code
 * KruskalMinimumSpanningTree mst = new KruskalMinimumSpanningTree(cables);
 * double cost = mst.weight();
 * for (WeightedEdge e : mst.edges()) lay(e.from(), e.to());
 * }</pre>
 */
public final class KruskalMinimumSpanningTree {
  private final List<WeightedEdge> edges;
  private final double weight;

  /**
   * Finds a minimum spanning forest of {@code graph}.
   *
   * @param graph an undirected weighted graph
   * @throws NullPointerException if {@code graph} is null
   * @throws IllegalArgumentException if {@code graph} is directed
   */
  public KruskalMinimumSpanningTree(WeightedGraph graph) {
    if (Objects.requireNonNull(graph, "graph").isDirected()) {
      throw new IllegalArgumentException("a spanning tree is defined on undirected graphs only");
    }
    int n = graph.vertexCount();
    // Each edge u - v with u != v is stored as the arcs u -> v and v -> u: keep the one with u < v.
    int m = 0;
    int[] tails = new int[graph.edgeCount()];
    int[] heads = new int[graph.edgeCount()];
    double[] weights = new double[graph.edgeCount()];
    for (int v = 0; v < n; v++) {
      int degree = graph.degree(v);
      for (int i = 0; i < degree; i++) {
        int w = graph.neighbour(v, i);
        if (v < w) {
          tails[m] = v;
          heads[m] = w;
          weights[m] = graph.weight(v, i);
          m++;
        }
      }
    }
    Integer[] byWeight = new Integer[m];
    for (int e = 0; e < m; e++) {
      byWeight[e] = e;
    }
    Arrays.sort(byWeight, (a, b) -> Double.compare(weights[a], weights[b])); // stable
    UnionFind trees = new UnionFind(n);
    List<WeightedEdge> kept = new ArrayList<>();
    double total = 0;
    for (int k = 0; k < m && kept.size() < n - 1; k++) {
      int e = byWeight[k];
      if (trees.union(tails[e], heads[e])) {
        kept.add(new WeightedEdge(tails[e], heads[e], weights[e]));
        total += weights[e];
      }
    }
    edges = Collections.unmodifiableList(kept);
    weight = total;
  }

  /**
   * Returns the sum of the weights of the tree's edges.
   *
   * @return the total weight, 0 for a graph without edges
   */
  public double weight() {
    return weight;
  }

  /**
   * Returns the edges of the tree (of the forest, if the graph is disconnected), lightest first,
   * each with its smaller vertex as {@code from}.
   *
   * @return a read-only list of {@code V - c} edges, {@code c} being the number of connected
   *     components
   */
  public List<WeightedEdge> edges() {
    return edges;
  }
}
