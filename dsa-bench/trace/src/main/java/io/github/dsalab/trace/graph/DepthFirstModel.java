package io.github.dsalab.trace.graph;

import io.github.dsalab.graph.Graph;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Depth-first search over every vertex (a new root at each undiscovered vertex, in increasing
 * order), inferred from its arc reads: the vertex reading is the top of the stack, so any vertex
 * above it has finished; a vertex reached for the first time is discovered and pushed. A vertex
 * with no arcs is never read, so it finishes when its parent reads again (or, as a root, when a
 * later root starts).
 */
final class DepthFirstModel extends SearchModel {
  private final int[] discovery;
  private final int[] finish;
  private final List<Integer> stack = new ArrayList<>();
  private int clock;

  DepthFirstModel(Graph graph) {
    super(graph);
    discovery = new int[n];
    finish = new int[n];
    Arrays.fill(discovery, -1);
    Arrays.fill(finish, -1);
  }

  @Override
  void start() {
    step("start", "every vertex unseen; roots are taken in increasing order", -1, -1);
  }

  @Override
  void arcRead(int v, int i, int w) {
    arcsRead++;
    List<String> notes = new ArrayList<>();
    while (!stack.isEmpty() && top() != v) {
      notes.add(finishTop() + " finished");
    }
    if (stack.isEmpty()) {
      notes.addAll(rootsBefore(v));
      discover(v);
      notes.add(v + " is a new root, discovered at " + discovery[v]);
    }
    String edge;
    if (discovery[w] < 0) {
      discover(w);
      treeArcs.add(List.of(v, w));
      edge = "tree arc: " + w + " discovered at " + discovery[w] + ", pushed";
    } else if (finish[w] < 0) {
      edge = w + " is on the stack" + (graph.isDirected() ? " (back arc)" : " (the edge back up)");
    } else if (discovery[v] < discovery[w]) {
      edge = w + " already finished (forward arc)";
    } else {
      edge = w + " already finished (cross arc)";
    }
    notes.add(edge);
    step("scan " + v + arrow() + w, String.join("; ", notes), v, w);
  }

  /** The roots below {@code v} with no arcs, which the search visited before {@code v} unseen. */
  private List<String> rootsBefore(int v) {
    List<String> notes = new ArrayList<>();
    for (int u = 0; u < v; u++) {
      if (discovery[u] < 0) {
        discover(u);
        finishTop();
        notes.add(u + " was a root with no arcs");
      }
    }
    return notes;
  }

  private int top() {
    return stack.get(stack.size() - 1);
  }

  private void discover(int v) {
    discovery[v] = clock++;
    stack.add(v);
    status[v] = "active";
    output.add(v);
    label(v);
    if (stack.size() > 1) {
      status[stack.get(stack.size() - 2)] = "waiting";
    }
  }

  private int finishTop() {
    int u = stack.remove(stack.size() - 1);
    finish[u] = clock++;
    status[u] = "done";
    label(u);
    if (!stack.isEmpty()) {
      status[top()] = "active";
    }
    return u;
  }

  private void label(int v) {
    labels[v] = discovery[v] + "/" + (finish[v] < 0 ? "" : Integer.toString(finish[v]));
  }

  @Override
  void finish() {
    List<String> notes = new ArrayList<>();
    while (!stack.isEmpty()) {
      notes.add(finishTop() + " finished");
    }
    notes.addAll(rootsBefore(n));
    notes.add("every vertex finished");
    step("stack empty", String.join("; ", notes), -1, -1);
  }

  @Override
  List<Integer> sequence() {
    return new ArrayList<>(stack);
  }

  int discoveryTime(int v) {
    return discovery[v];
  }

  int finishTime(int v) {
    return finish[v];
  }
}
