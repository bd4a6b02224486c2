package io.github.dsalab.trace.heap;

import io.github.dsalab.trace.JsonObject;
import io.github.dsalab.trace.TraceState;
import java.util.List;

/**
 * A binary heap after one step: its array (which the page also draws as a tree, the children of
 * slot {@code i} being {@code 2i + 1} and {@code 2i + 2}), the comparison, and the sift path.
 *
 * @param operation the operation under way ({@code "offer 7"}, {@code "poll"}, {@code "heapify"})
 * @param ids the element in each slot, by input position (-1 for null)
 * @param labels the element in each slot as shown
 * @param compared the slots compared in this step, -1 for a held element; may be empty
 * @param moved the slots that changed in this step
 * @param path the slots compared so far in this operation: the sift path
 * @param held the labels of elements the heap holds outside its array at this moment
 * @param output the labels removed so far, in order
 * @param comparisons comparisons so far
 */
public record HeapState(
    String operation,
    List<Integer> ids,
    List<String> labels,
    List<Integer> compared,
    List<Integer> moved,
    List<Integer> path,
    List<String> held,
    List<String> output,
    long comparisons) implements TraceState {

  /**
   * Copies the lists.
   *
   * @throws NullPointerException if a list is null
   */
  public HeapState {
    ids = List.copyOf(ids);
    labels = List.copyOf(labels);
    compared = List.copyOf(compared);
    moved = List.copyOf(moved);
    path = List.copyOf(path);
    held = List.copyOf(held);
    output = List.copyOf(output);
  }

  @Override
  public JsonObject toJson() {
    return JsonObject.create()
        .put("operation", operation)
        .put("labels", labels)
        .put("compared", compared)
        .put("moved", moved)
        .put("path", path)
        .put("held", held)
        .put("output", output)
        .put("comparisons", comparisons);
  }
}
