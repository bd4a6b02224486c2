package io.github.dsalab.trace;

import java.util.List;
import java.util.Objects;

/**
 * A recorded run of one algorithm on one input, step by step: what a trace page plays back.
 *
 * <p>Step 0 is the starting state, before the algorithm did anything; the last step's state is
 * the algorithm's result. The {@code scene} holds what does not change from step to step (a
 * graph's vertices, edges and their positions), so each step stores only what moves.
 *
 * <pre>{@code
 * Trace trace = SortTracer.trace("insertion-sort", InsertionSort::sort, new int[] {5, 2, 9, 1});
 * trace.steps().get(1).text(); // "compare a[0]=5 with a[1]=2: a[0]=5 → a[1], 2 (held) → a[0]"
 * Path page = TracePage.write(trace, Path.of("trace.html"));
 * }</pre>
 *
 * @param algorithm the algorithm's name, as the lab spells it ({@code "merge-sort"})
 * @param title the page's heading, for a learner ({@code "Merge sort"})
 * @param family the kind of algorithm, which decides how the page draws the states
 * @param input a one-line description of the input
 * @param notes what a learner should know to read the trace (a cutoff, a convention), may be empty
 * @param scene the parts of the picture that never change, may be an empty object
 * @param steps the steps, the first being the starting state
 * @param result a one-line description of the result
 */
public record Trace(
    String algorithm,
    String title,
    Family family,
    String input,
    List<String> notes,
    JsonObject scene,
    List<Step> steps,
    String result) {

  /**
   * Checks and copies the fields.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if there is no step
   */
  public Trace {
    Objects.requireNonNull(algorithm, "algorithm");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(family, "family");
    Objects.requireNonNull(input, "input");
    notes = List.copyOf(notes);
    Objects.requireNonNull(scene, "scene");
    steps = List.copyOf(steps);
    Objects.requireNonNull(result, "result");
    if (steps.isEmpty()) {
      throw new IllegalArgumentException("a trace needs at least its starting state");
    }
  }

  /**
   * Returns the state after the last step: the algorithm's result.
   *
   * @return the final state
   */
  public TraceState finalState() {
    return steps.get(steps.size() - 1).state();
  }

  /**
   * Returns the trace as the JSON object its page plays back.
   *
   * @return a new JSON object
   */
  public JsonObject toJson() {
    List<JsonObject> stepObjects = steps.stream()
        .map(step -> JsonObject.create().put("text", step.text()).put("state", step.state()))
        .toList();
    return JsonObject.create()
        .put("algorithm", algorithm)
        .put("title", title)
        .put("family", family.label())
        .put("input", input)
        .put("notes", notes)
        .put("scene", scene)
        .put("result", result)
        .put("steps", stepObjects);
  }
}
