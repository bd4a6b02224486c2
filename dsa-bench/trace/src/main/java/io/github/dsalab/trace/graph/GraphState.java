package io.github.dsalab.trace.graph;

import io.github.dsalab.trace.JsonObject;
import io.github.dsalab.trace.TraceState;
import java.util.List;

/**
 * A graph search after one step.
 *
 * @param status per vertex: {@code "unseen"}, {@code "waiting"} (in the queue, on the stack, or
 *     with a tentative distance), {@code "active"} (its arcs are being read) or {@code "done"}
 * @param labels per vertex, what the search knows: a distance, discovery/finish times, an
 *     in-degree; empty if nothing yet
 * @param sequence the queue (BFS, Kahn), the stack from bottom to top (DFS), or the priority
 *     queue: unsettled vertices with a tentative distance, nearest first (Dijkstra)
 * @param output the result so far: visit order, topological order, or settled order
 * @param arc the arc read in this step as {@code [v, w]}, or empty
 * @param treeArcs the arcs that discovered a vertex, each {@code [parent, child]}
 * @param arcsRead arcs read so far
 */
public record GraphState(
    List<String> status,
    List<String> labels,
    List<Integer> sequence,
    List<Integer> output,
    List<Integer> arc,
    List<List<Integer>> treeArcs,
    long arcsRead) implements TraceState {

  /**
   * Copies the lists.
   *
   * @throws NullPointerException if a list is null
   */
  public GraphState {
    status = List.copyOf(status);
    labels = List.copyOf(labels);
    sequence = List.copyOf(sequence);
    output = List.copyOf(output);
    arc = List.copyOf(arc);
    treeArcs = treeArcs.stream().map(List::copyOf).toList();
  }

  @Override
  public JsonObject toJson() {
    return JsonObject.create()
        .put("status", status)
        .put("labels", labels)
        .put("sequence", sequence)
        .put("output", output)
        .put("arc", arc)
        .put("treeArcs", treeArcs)
        .put("arcsRead", arcsRead);
  }
}
