package io.github.dsalab.trace.graph;

import io.github.dsalab.graph.WeightedGraph;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Dijkstra's shortest paths, inferred from its arc reads: the vertex reading is the one just
 * settled (the nearest unsettled vertex), and each arc read relaxes its head. A settled vertex
 * with no arcs is never read; it is marked settled when a farther vertex starts reading, or at
 * the end.
 */
final class DijkstraModel extends SearchModel {
  private final WeightedGraph weighted;
  private final int source;
  private final double[] distance;
  private final boolean[] settled;
  private final List<Integer> settledOrder = new ArrayList<>();
  private final int[] parent;
  private int current = -1;

  DijkstraModel(WeightedGraph graph, int source) {
    super(graph);
    this.weighted = graph;
    this.source = source;
    distance = new double[n];
    settled = new boolean[n];
    parent = new int[n];
    Arrays.fill(distance, Double.POSITIVE_INFINITY);
    Arrays.fill(parent, -1);
    Arrays.fill(labels, "∞");
  }

  @Override
  void start() {
    distance[source] = 0;
    labels[source] = "0";
    status[source] = "waiting";
    step("start", "tentative distance 0 for the source " + source + ", ∞ for the others", -1, -1);
  }

  @Override
  void arcRead(int v, int i, int w) {
    arcsRead++;
    if (v != current) {
      settle(v);
    }
    double weight = weighted.weight(v, i);
    double through = distance[v] + weight;
    String effect;
    if (through < distance[w]) {
      effect = "tentative distance of " + w + ": " + format(distance[w]) + " → " + format(through);
      distance[w] = through;
      parent[w] = v;
      labels[w] = format(through);
      status[w] = settled[w] ? status[w] : "waiting";
    } else {
      effect = format(distance[v]) + " + " + format(weight) + " = " + format(through) + " is no shorter than "
          + format(distance[w]);
    }
    step("relax " + v + arrow() + w + " (weight " + format(weight) + ")", effect, v, w);
  }

  /** Settles {@code v}, and before it any vertex strictly nearer that was settled unseen. */
  private void settle(int v) {
    if (current >= 0) {
      status[current] = "done";
    }
    settleNearerThan(distance[v]);
    settled[v] = true;
    settledOrder.add(v);
    output.add(v);
    status[v] = "active";
    current = v;
    updateTree();
  }

  private void settleNearerThan(double limit) {
    List<Integer> nearer = new ArrayList<>();
    for (int u = 0; u < n; u++) {
      if (!settled[u] && distance[u] < limit) {
        nearer.add(u);
      }
    }
    nearer.sort(Comparator.comparingDouble((Integer u) -> distance[u]).thenComparingInt(u -> u));
    for (int u : nearer) {
      settled[u] = true;
      settledOrder.add(u);
      output.add(u);
      status[u] = "done";
    }
  }

  /** The shortest-path tree so far: the arc that last improved each vertex. */
  private void updateTree() {
    treeArcs.clear();
    for (int u = 0; u < n; u++) {
      if (parent[u] >= 0) {
        treeArcs.add(List.of(parent[u], u));
      }
    }
  }

  @Override
  void finish() {
    if (current >= 0) {
      status[current] = "done";
    }
    settleNearerThan(Double.POSITIVE_INFINITY);
    updateTree();
    current = -1;
    step("no vertex left to settle", settledOrder.size() + " of " + n + " vertices reachable", -1, -1);
  }

  @Override
  void step(String event, String effect, int v, int w) {
    updateTree();
    super.step(event, effect, v, w);
  }

  /** The priority queue: unsettled vertices with a tentative distance, nearest first. */
  @Override
  List<Integer> sequence() {
    List<Integer> waiting = new ArrayList<>();
    for (int u = 0; u < n; u++) {
      if (!settled[u] && distance[u] < Double.POSITIVE_INFINITY) {
        waiting.add(u);
      }
    }
    waiting.sort(Comparator.comparingDouble((Integer u) -> distance[u]).thenComparingInt(u -> u));
    return waiting;
  }

  double distance(int v) {
    return distance[v];
  }

  static String format(double d) {
    if (Double.isInfinite(d)) {
      return "∞";
    }
    return d == Math.rint(d) ? Long.toString((long) d) : String.format(Locale.ROOT, "%.2f", d);
  }
}
