package io.github.dsalab.lab.results;

import io.github.dsalab.complexity.ComplexityClass;
import io.github.dsalab.complexity.GrowthClass;
import io.github.dsalab.lab.inputs.InputShape;
import java.util.List;
import java.util.Objects;

/**
 * One row of the count suite: an algorithm on one input shape, the quantity counted (comparisons,
 * arcs scanned, predicate calls), the class theory predicts, the sizes to count at and how to
 * count at one size. Counts are deterministic: the same seed gives the same numbers on any machine.
 *
 * @param topic the syllabus topic, such as {@code sort} (selectable with {@code --topics})
 * @param algorithm the algorithm's name in the table, such as {@code insertion sort}
 * @param shape the input shape
 * @param expected the class theory predicts, such as {@link ComplexityClass#QUADRATIC} or
 *     {@link io.github.dsalab.complexity.TwoVariableClass#VERTICES_PLUS_EDGES}
 * @param counted what one unit of the count is, such as {@code comparisons}
 * @param why one line of theory behind {@code expected}, for the report
 * @param sizes the sizes (n, and m for two-size costs) to count at
 * @param counter counts at one size
 * @param timing the JMH benchmark that times the same work, or null when none does
 */
public record CountExperiment(
    String topic,
    String algorithm,
    InputShape shape,
    GrowthClass expected,
    String counted,
    String why,
    List<Size> sizes,
    Counter counter,
    TimingSpec timing) {

  public CountExperiment {
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(algorithm, "algorithm");
    Objects.requireNonNull(shape, "shape");
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(counted, "counted");
    Objects.requireNonNull(why, "why");
    sizes = List.copyOf(sizes);
    Objects.requireNonNull(counter, "counter");
    if (timing != null && timing.twoSizes() != sizes.stream().anyMatch(size -> size.m() != 0)) {
      // The timing is fitted like the counts: over one size, or over V and E together.
      throw new IllegalArgumentException(algorithm + " / " + shape.label() + " is counted over "
          + (timing.twoSizes() ? "one size" : "two sizes") + " but timed over the other");
    }
  }

  /** A size to count at: {@code n}, and {@code m} for two-size costs (0 otherwise). */
  public record Size(int n, int m) {}

  /** One-size experiment sizes (m = 0). */
  public static List<Size> oneSize(List<Integer> sizes) {
    return sizes.stream().map(n -> new Size(n, 0)).toList();
  }

  /** Counts the operations of one run at size (n, m). */
  @FunctionalInterface
  public interface Counter {
    long count(int n, int m);
  }

  /** Whether the cost has two sizes (such as V and E). */
  public boolean twoSizes() {
    return sizes.stream().anyMatch(size -> size.m() != 0);
  }

  /**
   * The same row at other sizes (for {@code --sizes}). Two-size rows (graphs) keep their own grid of
   * (V, E): a single size list cannot say how V and E should vary independently.
   */
  public CountExperiment withSizes(List<Integer> newSizes) {
    if (twoSizes()) {
      return this;
    }
    List<Size> replaced = newSizes.stream().map(n -> new Size(n, 0)).toList();
    TimingSpec newTiming = timing == null ? null : timing.withSizes(newSizes);
    return new CountExperiment(topic, algorithm, shape, expected, counted, why, replaced, counter, newTiming);
  }

  /** The table's key: {@code insertion sort / reversed}. */
  public String key() {
    return algorithm + " / " + shape.label();
  }
}
