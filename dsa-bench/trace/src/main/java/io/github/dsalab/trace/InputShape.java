package io.github.dsalab.trace;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The shape of a traced input, spelt as the lab spells its shapes ({@code few-distinct}).
 */
public enum InputShape {
  /** Random values from the seed. */
  RANDOM,
  /** Ascending. */
  SORTED,
  /** Descending. */
  REVERSED,
  /** Random values among only four distinct ones: ties, to watch stability. */
  FEW_DISTINCT;

  /**
   * Returns the name used on the command line: {@code few-distinct}.
   *
   * @return the label
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Returns the shape with this label, ignoring case.
   *
   * @param label a label such as {@code reversed}
   * @return the shape
   * @throws IllegalArgumentException if no shape has this label, naming the valid ones
   */
  public static InputShape fromLabel(String label) {
    for (InputShape shape : values()) {
      if (shape.label().equalsIgnoreCase(label.trim())) {
        return shape;
      }
    }
    throw new IllegalArgumentException("unknown shape '" + label + "'; valid shapes: "
        + String.join(", ", Arrays.stream(values()).map(InputShape::label).toList()));
  }

  /**
   * Returns {@code n} values of this shape, between 1 and 99, the same for the same seed.
   *
   * @param n how many values
   * @param seed the random seed
   * @return the values
   */
  public int[] values(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int[] values = new int[n];
    for (int i = 0; i < n; i++) {
      values[i] = this == FEW_DISTINCT ? 10 * (1 + random.nextInt(4)) : 1 + random.nextInt(99);
    }
    if (this == SORTED || this == REVERSED) {
      Arrays.sort(values);
    }
    if (this == REVERSED) {
      for (int i = 0, j = n - 1; i < j; i++, j--) {
        int t = values[i];
        values[i] = values[j];
        values[j] = t;
      }
    }
    return values;
  }
}
