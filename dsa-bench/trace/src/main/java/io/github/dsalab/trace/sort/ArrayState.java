package io.github.dsalab.trace.sort;

import io.github.dsalab.trace.JsonObject;
import io.github.dsalab.trace.TraceState;
import java.util.List;

/**
 * The array of a sort after one step, with what the page highlights.
 *
 * <p>Elements are known by identity (their input position), so an array in the middle of a merge
 * may hold the same element twice (a stale copy not yet overwritten) and miss another, which the
 * sort is holding outside the array (in its merge buffer, or as the key being inserted): those
 * are the {@code held} elements.
 *
 * @param ids the element in each slot, by input position
 * @param labels the element in each slot as shown ({@code "5₂"})
 * @param values the value in each slot (the bar heights)
 * @param compared the slots of the two elements compared in this step, -1 for a held element;
 *     empty for the first and last step
 * @param moved the slots written since the comparison
 * @param held the labels of elements not in the array at this moment
 * @param key the slot of the element compared in this step and the one before (the pivot, the
 *     element being inserted, the running minimum), -1 if none
 * @param span the first and last slot compared against the key in this run of comparisons, or
 *     empty
 * @param comparisons comparisons so far
 * @param writes slot changes seen so far
 */
public record ArrayState(
    List<Integer> ids,
    List<String> labels,
    List<Integer> values,
    List<Integer> compared,
    List<Integer> moved,
    List<String> held,
    int key,
    List<Integer> span,
    long comparisons,
    long writes) implements TraceState {

  /**
   * Copies the lists.
   *
   * @throws NullPointerException if a list is null
   */
  public ArrayState {
    ids = List.copyOf(ids);
    labels = List.copyOf(labels);
    values = List.copyOf(values);
    compared = List.copyOf(compared);
    moved = List.copyOf(moved);
    held = List.copyOf(held);
    span = List.copyOf(span);
  }

  @Override
  public JsonObject toJson() {
    return JsonObject.create()
        .put("labels", labels)
        .put("values", values)
        .put("compared", compared)
        .put("moved", moved)
        .put("held", held)
        .put("key", key)
        .put("span", span)
        .put("comparisons", comparisons)
        .put("writes", writes);
  }
}
