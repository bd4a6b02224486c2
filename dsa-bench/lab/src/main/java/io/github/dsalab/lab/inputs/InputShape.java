package io.github.dsalab.lab.inputs;

import java.util.Locale;

/**
 * The shapes of input the lab feeds an algorithm: the same algorithm can sit in different
 * complexity classes depending on what it is given (insertion sort is linear on sorted input and
 * quadratic on reversed input).
 */
public enum InputShape {
  /** Uniformly random values (or keys), from the lab's fixed seed. */
  RANDOM("random values from a fixed seed"),
  /** Already in ascending order. */
  SORTED("already in ascending order"),
  /** In descending order. */
  REVERSED("in descending order"),
  /** Random values drawn from only {@value Inputs#FEW_DISTINCT_VALUES} distinct values. */
  FEW_DISTINCT("random, only " + Inputs.FEW_DISTINCT_VALUES + " distinct values"),
  /** The worst input for this algorithm, built against it (e.g. McIlroy's quicksort adversary). */
  ADVERSARIAL("built against the algorithm (McIlroy's adversary)");

  private final String description;

  InputShape(String description) {
    this.description = description;
  }

  /** The name used on the command line, in tables and in JSON: {@code few-distinct}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** One line for a learner: what this input looks like. */
  public String description() {
    return description;
  }

  /** The shape whose {@link #label()} is {@code label}, ignoring case; or {@code null}. */
  public static InputShape fromLabel(String label) {
    for (InputShape shape : values()) {
      if (shape.label().equalsIgnoreCase(label.trim())) {
        return shape;
      }
    }
    return null;
  }
}
