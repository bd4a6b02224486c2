package io.github.dsalab.exercises.checker;

import io.github.dsalab.complexity.GrowthMeasurement;
import java.util.List;
import java.util.Objects;

/**
 * How an exercise's complexity gate measures the learner's code.
 *
 * @param expected the class the count must not grow faster than, e.g. {@code O(log n)}
 * @param sizes the input sizes n, increasing
 * @param counts what the spec's {@link io.github.dsalab.exercises.support.Workload} counts,
 *     e.g. {@code comparisons}
 * @param input the input the workload builds, in words
 */
record GateSpec(String expected, List<Integer> sizes, String counts, String input) {
  /**
   * Checks the fields and copies the sizes.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if there are fewer sizes than the lab's growth measurement
   *     needs or they do not increase
   */
  public GateSpec {
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(counts, "counts");
    Objects.requireNonNull(input, "input");
    sizes = List.copyOf(sizes);
    if (sizes.size() < GrowthMeasurement.MINIMUM_SIZES) {
      throw new IllegalArgumentException("a gate needs at least " + GrowthMeasurement.MINIMUM_SIZES
          + " sizes, got " + sizes);
    }
    for (int i = 1; i < sizes.size(); i++) {
      if (sizes.get(i) <= sizes.get(i - 1)) {
        throw new IllegalArgumentException("gate sizes must increase, got " + sizes);
      }
    }
  }
}
