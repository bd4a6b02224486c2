package io.github.dsalab.trace.graph;

import io.github.dsalab.graph.Graph;
import io.github.dsalab.trace.Step;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a graph search must be doing, given the arcs it reads: the base of the per-algorithm
 * models. A model sees one arc read at a time ({@link #arcRead}) and adds one step for it; it
 * infers the rest (a vertex leaving the queue, a vertex finishing) from the algorithm's rules,
 * as a learner following the code by hand would.
 */
abstract class SearchModel {
  final Graph graph;
  final int n;
  final String[] status;
  final String[] labels;
  final List<Integer> output = new ArrayList<>();
  final List<List<Integer>> treeArcs = new ArrayList<>();
  final List<Step> steps = new ArrayList<>();
  long arcsRead;

  SearchModel(Graph graph) {
    this.graph = graph;
    this.n = graph.vertexCount();
    this.status = new String[n];
    this.labels = new String[n];
    Arrays.fill(status, "unseen");
    Arrays.fill(labels, "");
  }

  /** Adds the starting step. */
  abstract void start();

  /** Accounts for the read of arc {@code v -> w} (the {@code i}-th of {@code v}) and adds its step. */
  abstract void arcRead(int v, int i, int w);

  /** Accounts for what happened after the last read, and adds the final step. */
  abstract void finish();

  /** The sequence shown beside the graph: the queue, the stack, the settled order. */
  abstract List<Integer> sequence();

  void step(String event, String effect, int v, int w) {
    List<Integer> arc = v < 0 ? List.of() : List.of(v, w);
    steps.add(new Step(event, effect, new GraphState(Arrays.asList(status), Arrays.asList(labels), sequence(),
        output, arc, treeArcs, arcsRead)));
  }

  String arrow() {
    return graph.isDirected() ? " → " : " – ";
  }
}
