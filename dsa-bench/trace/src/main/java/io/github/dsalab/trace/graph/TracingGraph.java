package io.github.dsalab.trace.graph;

import io.github.dsalab.graph.Graph;
import io.github.dsalab.graph.WeightedGraph;
import java.util.Objects;

/**
 * A view of a graph that reports every arc an algorithm reads, that is every call of
 * {@link #neighbour(int, int)}, to a listener: the graph counterpart of a tracing comparator.
 * Hand it to any algorithm in place of the graph; the algorithm cannot tell the difference.
 * Weights are free to read, and reported with the arc when the graph has them.
 *
 * <p>Cost: each query is the delegate's plus the listener's. Not thread-safe.
 *
 * <pre>{@code
 * List<String> reads = new ArrayList<>();
 * new BreadthFirstSearch(TracingGraph.of(graph, (v, i, w) -> reads.add(v + "->" + w)), 0);
 * }</pre>
 */
public final class TracingGraph implements WeightedGraph {
  /** Receives each arc read. */
  @FunctionalInterface
  public interface ArcListener {
    /**
     * Called when the algorithm reads the {@code i}-th arc of {@code v}, leading to {@code w}.
     *
     * @param v the tail
     * @param i the arc's position in the list of {@code v}
     * @param w the head
     */
    void arcRead(int v, int i, int w);
  }

  private final Graph delegate;
  private final ArcListener listener;

  private TracingGraph(Graph delegate, ArcListener listener) {
    this.delegate = delegate;
    this.listener = listener;
  }

  /**
   * Returns a tracing view of {@code graph}.
   *
   * @param graph the graph to watch, weighted or not
   * @param listener told of each arc read
   * @return a new view
   * @throws NullPointerException if an argument is null
   */
  public static TracingGraph of(Graph graph, ArcListener listener) {
    return new TracingGraph(Objects.requireNonNull(graph, "graph"), Objects.requireNonNull(listener, "listener"));
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

  /** Asks the delegate, then tells the listener. */
  @Override
  public int neighbour(int v, int i) {
    int w = delegate.neighbour(v, i);
    listener.arcRead(v, i, w);
    return w;
  }

  /**
   * Returns the weight of the {@code i}-th arc of {@code v}: the delegate's if it is weighted, else 1.
   *
   * @throws IllegalArgumentException if {@code v} is not a vertex
   */
  @Override
  public double weight(int v, int i) {
    if (delegate instanceof WeightedGraph weighted) {
      return weighted.weight(v, i);
    }
    Objects.checkIndex(i, delegate.degree(v));
    return 1;
  }
}
