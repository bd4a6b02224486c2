package io.github.dsalab.graph;

import java.util.Objects;

/**
 * A {@link CountingGraph} of a {@link WeightedGraph}, which stays a weighted graph, for
 * {@link DijkstraShortestPaths} and {@link KruskalMinimumSpanningTree}. It counts the arcs an
 * algorithm scans, that is the calls to {@link #neighbour(int, int)}; {@code weight},
 * {@code degree} and the other queries are free. Not thread-safe.
 *
 * <table class="striped">
 *   <caption>Cost</caption>
 *   <tr><th>operation</th><th>time</th></tr>
 *   <tr><td>every {@link WeightedGraph} query</td><td>the delegate's, plus {@code O(1)}</td></tr>
 *   <tr><td>{@code arcsScanned}, {@code reset}</td><td>{@code O(1)}</td></tr>
 * </table>
 *
 * <pre>{@code
 * CountingWeightedGraph counted = CountingWeightedGraph.of(roads);
 * new DijkstraShortestPaths(counted, 0);
 * long scanned = counted.arcsScanned();
 * }</pre>
 */
public final class CountingWeightedGraph extends CountingGraph implements WeightedGraph {
  private final WeightedGraph weighted;

  private CountingWeightedGraph(WeightedGraph delegate) {
    super(delegate);
    this.weighted = delegate;
  }

  /**
   * Returns a counting view of {@code graph}, at zero.
   *
   * @param graph the weighted graph to watch
   * @return a new view
   * @throws NullPointerException if {@code graph} is null
   */
  public static CountingWeightedGraph of(WeightedGraph graph) {
    return new CountingWeightedGraph(Objects.requireNonNull(graph, "graph"));
  }

  @Override
  public double weight(int v, int i) {
    return weighted.weight(v, i);
  }
}
