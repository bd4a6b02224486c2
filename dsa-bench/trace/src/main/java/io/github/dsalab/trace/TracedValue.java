package io.github.dsalab.trace;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An int that remembers which input element it is, so that a trace can follow it through an
 * algorithm that only ever sees it through a {@link Comparator}: the algorithm compares values,
 * the trace reads identities. Equal values keep apart in the page by their label: the second 5 of
 * the input is shown as {@code 5₂}.
 *
 * <pre>{@code
 * TracedValue[] items = TracedValue.tag(new int[] {5, 2, 5});
 * items[2].label();                                   // "5₂"
 * TracedValue.BY_VALUE.compare(items[0], items[2]);   // 0: only the values are compared
 * }</pre>
 *
 * @param value the value the algorithm orders by
 * @param id the element's position in the input, its identity
 * @param label how the page shows it: the value, with a subscript if the value repeats
 */
public record TracedValue(int value, int id, String label) {
  /** Orders by value only, as the traced algorithm must see the elements. */
  public static final Comparator<TracedValue> BY_VALUE = Comparator.comparingInt(TracedValue::value);

  private static final String SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉";

  /**
   * Checks the fields.
   *
   * @throws NullPointerException if {@code label} is null
   */
  public TracedValue {
    Objects.requireNonNull(label, "label");
  }

  /**
   * Tags each value with its position; values that occur more than once get the subscript of
   * their occurrence (1 for the first), so a learner can see whether equal elements keep their
   * order.
   *
   * @param values the input
   * @return one tagged value per input value, in input order
   * @throws NullPointerException if {@code values} is null
   */
  public static TracedValue[] tag(int[] values) {
    Objects.requireNonNull(values, "values");
    Map<Integer, Integer> total = new HashMap<>();
    for (int v : values) {
      total.merge(v, 1, Integer::sum);
    }
    Map<Integer, Integer> seen = new HashMap<>();
    TracedValue[] tagged = new TracedValue[values.length];
    for (int i = 0; i < values.length; i++) {
      int occurrence = seen.merge(values[i], 1, Integer::sum);
      String label = total.get(values[i]) == 1 ? Integer.toString(values[i]) : values[i] + subscript(occurrence);
      tagged[i] = new TracedValue(values[i], i, label);
    }
    return tagged;
  }

  private static String subscript(int number) {
    StringBuilder digits = new StringBuilder();
    for (char c : Integer.toString(number).toCharArray()) {
      digits.append(SUBSCRIPTS.charAt(c - '0'));
    }
    return digits.toString();
  }

  @Override
  public String toString() {
    return label;
  }
}
