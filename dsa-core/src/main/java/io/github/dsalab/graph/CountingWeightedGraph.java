package io.github.dsalab.graph;

import java.util.Objects;

/**
 * A view of a {@link WeightedGraph} that counts the arcs an algorithm scans, that is the calls to
 * {@link #neighbour(int, int)}; the weighted twin of {@link CountingGraph}, for
 * {@link DijkstraShortestPaths}.
 *
 * <p>Only {@code neighbour} calls are counted; {@code weight}, {@code degree} and the other
 * queries are free. Not thread-safe.
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
public final class CountingWeightedGraph implements WeightedGraph {
  private final WeightedGraph delegate;
  private long arcsScanned;

  private CountingWeightedGraph(WeightedGraph delegate) {
    this.delegate = delegate;
  }

  /**
   * Returns a counting view of {@code graph}, at zero.
   *
   * @param graph the graph to watch
   * @return a new view
   * @throws NullPointerException if {@code graph} is null
   */
  public static CountingWeightedGraph of(WeightedGraph graph) {
    return new CountingWeightedGraph(Objects.requireNonNull(graph, "graph"));
  }

  @Override
  public int vertexCount() {
    return delegate.vertexCount();
  }

  @Override
  public int edgeCount() {
    return delegate.edgeCount();
  }

  @Override
  public boolean isDirected() {
    return delegate.isDirected();
  }

  @Override
  public int degree(int v) {
    return delegate.degree(v);
  }

  /** Counts one arc scanned, then asks the delegate; a call that throws is still counted. */
  @Override
  public int neighbour(int v, int i) {
    arcsScanned++;
    return delegate.neighbour(v, i);
  }

  @Override
  public double weight(int v, int i) {
    return delegate.weight(v, i);
  }

  /**
   * Returns the number of {@code neighbour} calls since creation or the last {@link #reset()}.
   *
   * @return the arcs scanned
   */
  public long arcsScanned() {
    return arcsScanned;
  }

  /** Sets the count back to zero. */
  public void reset() {
    arcsScanned = 0;
  }

  @Override
  public String toString() {
    return "CountingWeightedGraph[arcsScanned=" + arcsScanned + ", delegate=" + delegate + "]";
  }
}
