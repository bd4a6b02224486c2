package io.github.dsalab.trace.graph;

import io.github.dsalab.graph.Graph;
import java.util.Arrays;
import java.util.List;

/**
 * Breadth-first search from one source, inferred from its arc reads: the vertex whose arcs are
 * read is the one taken from the queue, and a vertex reached for the first time gets the distance
 * of its discoverer plus one and joins the queue. A vertex with no arcs leaves the queue without a
 * read; it is marked done when the next vertex behind it starts reading.
 */
final class BreadthFirstModel extends QueueModel {
  private final int source;
  private final int[] distance;

  BreadthFirstModel(Graph graph, int source) {
    super(graph);
    this.source = source;
    this.distance = new int[n];
    Arrays.fill(distance, -1);
  }

  @Override
  void start() {
    distance[source] = 0;
    labels[source] = "0";
    status[source] = "waiting";
    queue.add(source);
    step("start", "the queue holds the source " + source + " at distance 0", -1, -1);
  }

  @Override
  void arcRead(int v, int i, int w) {
    arcsRead++;
    take(v);
    String effect;
    if (distance[w] < 0) {
      distance[w] = distance[v] + 1;
      labels[w] = Integer.toString(distance[w]);
      status[w] = "waiting";
      queue.add(w);
      treeArcs.add(List.of(v, w));
      effect = w + " discovered at distance " + distance[w] + ", joins the queue";
    } else {
      effect = w + " already seen (distance " + distance[w] + ")";
    }
    step("scan " + v + arrow() + w, effect, v, w);
  }

  @Override
  void finish() {
    drain();
    step("queue empty", "the search is done: " + output.size() + " of " + n + " vertices reached", -1, -1);
  }


  int distance(int v) {
    return distance[v];
  }
}
