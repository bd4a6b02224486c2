package io.github.dsalab.complexity;

/**
 * A growth class as a type: either a one-variable {@link ComplexityClass} such as
 * {@code O(n log n)}, or a two-variable {@link TwoVariableClass} such as {@code O(V + E)} for
 * graph algorithms. Code that handles both (a table of expected classes, a report) holds a
 * {@code GrowthClass} and compares values with {@code ==}, never display names: a misspelt class
 * is then a compile error, not a red row.
 *
 * <table class="striped">
 *   <caption>Cost</caption>
 *   <tr><th>operation</th><th>time</th></tr>
 *   <tr><td>every method</td><td>{@code O(1)}</td></tr>
 * </table>
 *
 * <pre>{@code
 * GrowthClass expected = TwoVariableClass.VERTICES_PLUS_EDGES;
 * String shown = expected.displayName();                  // "O(V + E)"
 * boolean oneSize = expected instanceof ComplexityClass;  // false
 * }</pre>
 */
public sealed interface GrowthClass permits ComplexityClass, TwoVariableClass {
  /**
   * Returns the name a learner reads, such as {@code "O(n²)"} or {@code "O(V + E)"}.
   *
   * @return the display name
   */
  String displayName();

  /**
   * Returns the display name spelt in ASCII, such as {@code "O(n^2)"}.
   *
   * @return the ASCII name
   */
  String asciiName();
}
