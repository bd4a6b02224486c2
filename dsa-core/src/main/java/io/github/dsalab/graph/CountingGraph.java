package io.github.dsalab.graph;

import java.util.Objects;

/**
 * A view of a {@link Graph} that counts the arcs an algorithm scans, that is the calls to
 * {@link #neighbour(int, int)}. Hand it to any algorithm of this package in place of the graph
 * and read {@link #arcsScanned()} afterwards: that is how the complexity lab measures
 * {@code O(V + E)} exactly, with no counting code inside the algorithms.
 *
 * <p>Only {@code neighbour} calls are counted; {@code degree} and the other queries are free.
 * For a {@link WeightedGraph}, use its subclass {@link CountingWeightedGraph}, so that the
 * weights stay visible. Not thread-safe.
 *
 * <table class="striped">
 *   <caption>Cost</caption>
 *   <tr><th>operation</th><th>time</th></tr>
 *   <tr><td>every {@link Graph} query</td><td>the delegate's, plus {@code O(1)}</td></tr>
 *   <tr><td>{@code arcsScanned}, {@code reset}</td><td>{@code O(1)}</td></tr>
 * </table>
 *
 * <pre>{@code
 * CountingGraph counted = CountingGraph.of(graph);
 * new BreadthFirstSearch(counted, 0);
 * long scanned = counted.arcsScanned(); // the arcs leaving the vertices reachable from 0
 * }</pre>
 */
public sealed class CountingGraph implements Graph permits CountingWeightedGraph {
  private final Graph delegate;
  private long arcsScanned;

  CountingGraph(Graph delegate) {
    this.delegate = delegate;
  }

  /**
   * Returns a counting view of {@code graph}, at zero.
   *
   * @param graph the graph to watch
   * @return a new view
   * @throws NullPointerException if {@code graph} is null
   */
  public static CountingGraph of(Graph graph) {
    return new CountingGraph(Objects.requireNonNull(graph, "graph"));
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
  public final int neighbour(int v, int i) {
    arcsScanned++;
    return delegate.neighbour(v, i);
  }

  /**
   * Returns the number of {@code neighbour} calls since creation or the last {@link #reset()}.
   *
   * @return the arcs scanned
   */
  public final long arcsScanned() {
    return arcsScanned;
  }

  /** Sets the count back to zero. */
  public final void reset() {
    arcsScanned = 0;
  }

  @Override
  public String toString() {
    return getClass().getSimpleName()
        + "[arcsScanned="
        + arcsScanned
        + ", delegate="
        + delegate
        + "]";
  }
}
