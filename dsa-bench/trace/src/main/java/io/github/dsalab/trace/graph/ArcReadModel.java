package io.github.dsalab.trace.graph;

import io.github.dsalab.graph.Graph;
import io.github.dsalab.graph.WeightedGraph;
import java.util.ArrayList;
import java.util.List;

/**
 * Any code that reads a graph, seen only through the arcs it reads: the model for a learner's
 * graph exercise, whose queue, stack or colours are out of sight. It infers nothing about the
 * algorithm; it shows what the reads alone say: which vertex's list is being read (active), which
 * vertices were reached (the head of a read, or a tail), which lists were read to the end (done),
 * and the arc that first reached each vertex. A step's effect depends only on the reads before it,
 * so two runs that read the same arcs in the same order have the same steps.
 */
final class ArcReadModel extends SearchModel {
  /** A replay stops here: 64 vertices read a few thousand arcs; more means a loop that never ends. */
  static final int MAX_ARC_READS = 20_000;

  private final int source;
  private final boolean[] reached;
  private final boolean[][] read;
  private final int[] distinctRead;
  private final List<Integer> tails = new ArrayList<>();
  private int active = -1;

  ArcReadModel(Graph graph, int source) {
    super(graph);
    this.source = source;
    this.reached = new boolean[n];
    this.read = new boolean[n][];
    this.distinctRead = new int[n];
    for (int v = 0; v < n; v++) {
      read[v] = new boolean[graph.degree(v)];
    }
  }

  /** Thrown at the read after {@value #MAX_ARC_READS}, to end a runaway loop. */
  static final class LimitReached extends RuntimeException {
    private static final long serialVersionUID = 1L;

    LimitReached() {
      super("stopped after " + MAX_ARC_READS + " arc reads (a loop that never ends?)", null, false, false);
    }
  }

  @Override
  void start() {
    if (source >= 0) {
      reach(source);
    }
    step("start", source >= 0 ? "nothing read yet; the search starts at " + source : "nothing read yet", -1, -1);
  }

  @Override
  void arcRead(int v, int i, int w) {
    if (arcsRead == MAX_ARC_READS) {
      throw new LimitReached();
    }
    arcsRead++;
    if (active != v) {
      settle(active);
      active = v;
      if (!tails.contains(v)) {
        tails.add(v);
      }
    }
    String effect;
    if (read[v][i]) {
      effect = "read before";
    } else {
      read[v][i] = true;
      distinctRead[v]++;
      effect = distinctRead[v] + " of " + read[v].length + " arcs of " + v + " read";
    }
    if (!reached[v]) {
      reach(v);
    }
    if (!reached[w]) {
      reach(w);
      treeArcs.add(List.of(v, w));
      effect = w + " reached for the first time; " + effect;
    }
    status[v] = "active";
    labels[v] = distinctRead[v] + "/" + read[v].length;
    String weight = graph instanceof WeightedGraph weighted ? " (weight " + DijkstraModel.format(weighted.weight(v, i))
        + ")" : "";
    step("read " + v + " → " + w + weight, effect, v, w);
  }

  /** Not used: the result comes from the code that was watched; see {@link #finish(String)}. */
  @Override
  void finish() {
    finish("done");
  }

  /** Adds the last step, whose event is how the watched code ended ({@code "returned [0, 0, 1]"}). */
  void finish(String ending) {
    settle(active);
    active = -1;
    step(ending, "", -1, -1);
  }

  private void reach(int v) {
    reached[v] = true;
    status[v] = "waiting";
    output.add(v);
  }

  private void settle(int v) {
    if (v >= 0) {
      status[v] = distinctRead[v] == read[v].length ? "done" : "waiting";
    }
  }

  @Override
  List<Integer> sequence() {
    return tails;
  }
}
