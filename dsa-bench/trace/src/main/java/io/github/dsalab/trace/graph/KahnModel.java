package io.github.dsalab.trace.graph;

import io.github.dsalab.graph.Graph;
import java.util.ArrayList;
import java.util.List;

/**
 * Kahn's topological sort, inferred from its arc reads: the first pass reads every arc once to
 * count in-degrees; then the vertex reading is the one taken from the queue (it is output next),
 * each arc read lowers its head's in-degree, and a head that reaches zero joins the queue.
 */
final class KahnModel extends QueueModel {
  private final int[] inDegree;
  private final long totalArcs;
  private boolean counting = true;
  /** Set when a read comes from a vertex that never joined the queue: the sort is over. */
  private boolean over;
  private int reading = -1;
  private int nextArc;

  KahnModel(Graph graph) {
    super(graph);
    inDegree = new int[n];
    long arcs = 0;
    for (int v = 0; v < n; v++) {
      arcs += graph.degree(v);
    }
    totalArcs = arcs;
  }

  @Override
  void start() {
    for (int v = 0; v < n; v++) {
      labels[v] = "in 0";
    }
    step("start", "first pass: count each vertex's in-degree", -1, -1);
    if (totalArcs == 0) {
      fillQueue();
    }
  }

  @Override
  void arcRead(int v, int i, int w) {
    if (counting) {
      arcsRead++;
      inDegree[w]++;
      labels[w] = "in " + inDegree[w];
      step("count " + v + " → " + w, "in-degree of " + w + " is now " + inDegree[w], v, w);
      if (arcsRead == totalArcs) {
        fillQueue();
      }
      return;
    }
    // Kahn's loop reads all the arcs of one vertex in order, then moves to the front of the
    // queue. Any other read means the loop has ended with vertices left on a cycle, and dsa-core
    // is reading arcs to find that cycle, which is no part of the sort itself.
    boolean next = v == reading && i == nextArc
        || (reading < 0 || nextArc == graph.degree(reading)) && i == 0 && queue.contains(v);
    if (over || !next) {
      over = true;
      return;
    }
    reading = v;
    nextArc = i + 1;
    arcsRead++;
    take(v);
    inDegree[w]--;
    labels[w] = "in " + inDegree[w];
    String effect = "in-degree of " + w + " drops to " + inDegree[w];
    if (inDegree[w] == 0) {
      queue.add(w);
      status[w] = "waiting";
      treeArcs.add(List.of(v, w));
      effect += ": " + w + " joins the queue";
    }
    step("scan " + v + " → " + w, effect, v, w);
  }

  private void fillQueue() {
    counting = false;
    for (int v = 0; v < n; v++) {
      if (inDegree[v] == 0) {
        queue.add(v);
        status[v] = "waiting";
      }
    }
    step("queue the sources", "in-degree 0: " + queue, -1, -1);
  }

  @Override
  void finish() {
    drain();
    String effect = output.size() == n ? "topological order " + output
        : "only " + output.size() + " of " + n + " vertices ordered: the rest lie on or behind a cycle"
            + " (the search for that cycle reads arcs too; those reads are not shown)";
    step("queue empty", effect, -1, -1);
  }

}
