package io.github.dsalab.trace.graph;

import io.github.dsalab.graph.Graph;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A search that takes vertices from a first-in first-out queue (breadth-first search, Kahn's
 * sort): the vertex whose arcs are read is the one at the front, so the vertices ahead of it
 * left the queue with no arcs to read.
 */
abstract class QueueModel extends SearchModel {
  final Deque<Integer> queue = new ArrayDeque<>();
  private int current = -1;

  QueueModel(Graph graph) {
    super(graph);
  }

  /** Makes {@code v} the active vertex, if it is not yet: the vertices ahead of it are done. */
  void take(int v) {
    if (v == current) {
      return;
    }
    finishCurrent();
    while (!queue.isEmpty() && queue.peek() != v) {
      leave(queue.poll());
    }
    queue.poll();
    output.add(v);
    status[v] = "active";
    current = v;
  }

  /** Empties the queue after the last read: what is left had no arcs to read. */
  void drain() {
    finishCurrent();
    while (!queue.isEmpty()) {
      leave(queue.poll());
    }
  }

  private void finishCurrent() {
    if (current >= 0) {
      status[current] = "done";
    }
    current = -1;
  }

  private void leave(int u) {
    status[u] = "done";
    output.add(u);
  }

  @Override
  List<Integer> sequence() {
    return new ArrayList<>(queue);
  }
}
