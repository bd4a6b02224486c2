package io.github.dsalab.trace.search;

import io.github.dsalab.trace.JsonObject;
import io.github.dsalab.trace.TraceState;
import java.util.List;

/**
 * A binary search after one probe: the cells, what each probe learnt, and the window
 * {@code [low, high)} of positions not ruled out yet.
 *
 * @param query what is being searched for ({@code "7"}, or {@code "first x with a[x] ≥ 7"})
 * @param cells the array as shown, one label per position
 * @param marks what the probes learnt per position: {@code "<"}, {@code ">"} or {@code "="} for a
 *     comparison with the key, {@code "F"} or {@code "T"} for a predicate, empty if not probed
 * @param low the first position still possible
 * @param high one past the last position still possible
 * @param probe the position probed in this step, -1 if none
 * @param probes probes so far, in this search
 * @param answer the search's result once it returned, else null
 */
public record SearchState(
    String query,
    List<String> cells,
    List<String> marks,
    int low,
    int high,
    int probe,
    int probes,
    String answer) implements TraceState {

  /**
   * Copies the lists.
   *
   * @throws NullPointerException if a list is null
   */
  public SearchState {
    cells = List.copyOf(cells);
    marks = List.copyOf(marks);
  }

  @Override
  public JsonObject toJson() {
    return JsonObject.create()
        .put("query", query)
        .put("cells", cells)
        .put("marks", marks)
        .put("low", low)
        .put("high", high)
        .put("probe", probe)
        .put("probes", probes)
        .put("answer", answer);
  }
}
