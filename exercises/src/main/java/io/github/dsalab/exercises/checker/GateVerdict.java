package io.github.dsalab.exercises.checker;

/**
 * What the complexity gate decided.
 *
 * @param kind pass, pass with a warning, or fail
 * @param measured the class the counts were fitted to, in words (e.g. {@code O(n)} or
 *     {@code O(n) or O(n log n)})
 * @param message one or two sentences for the learner
 * @param table the measured counts, one {@code n -> count} per line
 */
record GateVerdict(Kind kind, String measured, String message, String table) {
  enum Kind { PASS, WARN, FAIL }
}
