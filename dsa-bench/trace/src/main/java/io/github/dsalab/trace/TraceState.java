package io.github.dsalab.trace;

/**
 * What a learner sees after one step of a trace: the array with its highlights, the tree with
 * the search path, the graph with its colours. Each algorithm family has its own state type;
 * all of them are immutable and can be written as JSON for the page.
 */
public interface TraceState {
  /**
   * Returns this state as the JSON object the page draws.
   *
   * @return a new JSON object
   */
  JsonObject toJson();
}
