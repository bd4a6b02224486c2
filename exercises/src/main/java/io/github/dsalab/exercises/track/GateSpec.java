package io.github.dsalab.exercises.track;

import io.github.dsalab.complexity.GrowthMeasurement;
import io.github.dsalab.exercises.support.InputFamily;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How an exercise's complexity gate measures the learner's code.
 *
 * @param expected the class the count must not grow faster than, e.g. {@code O(log n)}
 * @param sizes the input sizes n, increasing
 * @param counts what the spec's {@link io.github.dsalab.exercises.support.Workload} counts,
 *     e.g. {@code comparisons}
 * @param input the input the workloads build, in words (each family shapes it)
 * @param families the input families measured; the worst decides
 * @param timing the second measure, a timing against the reference solution, if the counted
 *     operations can miss real work
 * @param searchSize the size at which to search for bad inputs, for comparison-based exercises
 * @param familySizes sizes for a family whose inputs cost more to build than to measure (an
 *     adversary's input is built by a quadratic run against the code under test), instead of
 *     {@code sizes}
 */
public record GateSpec(String expected, List<Integer> sizes, String counts, String input,
    List<InputFamily> families, Optional<Timing> timing, OptionalInt searchSize,
    Map<InputFamily, List<Integer>> familySizes) {

  /**
   * The gate's timing: the learner's and the reference solution's workload timed on one large
   * input of a family.
   *
   * @param family the family of the input
   * @param size its size
   */
  public record Timing(InputFamily family, int size) {
    public Timing {
      Objects.requireNonNull(family, "family");
      if (size < 1) {
        throw new IllegalArgumentException("a timing size must be at least 1, got " + size);
      }
    }
  }

  /**
   * Checks the fields and copies the lists.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if there are fewer sizes than the lab's growth measurement
   *     needs or they do not increase, if no family is given or one twice, or if the timing's
   *     family is not measured
   */
  public GateSpec {
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(counts, "counts");
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(timing, "timing");
    Objects.requireNonNull(searchSize, "searchSize");
    sizes = List.copyOf(sizes);
    families = List.copyOf(families);
    checkSizes(sizes);
    Map<InputFamily, List<Integer>> copied = new EnumMap<>(InputFamily.class);
    for (Map.Entry<InputFamily, List<Integer>> own : familySizes.entrySet()) {
      if (!families.contains(own.getKey())) {
        throw new IllegalArgumentException("sizes given for " + own.getKey()
            + ", which is not one of the gate's families " + families);
      }
      checkSizes(own.getValue());
      copied.put(own.getKey(), List.copyOf(own.getValue()));
    }
    familySizes = Collections.unmodifiableMap(copied);
    if (families.isEmpty() || families.stream().distinct().count() != families.size()) {
      throw new IllegalArgumentException("a gate needs at least one input family, each once, got " + families);
    }
    if (timing.isPresent() && !families.contains(timing.get().family())) {
      throw new IllegalArgumentException("the timed family " + timing.get().family()
          + " is not one of the gate's families " + families);
    }
    if (searchSize.isPresent() && searchSize.getAsInt() < 4) {
      throw new IllegalArgumentException("a search size must be at least 4, got " + searchSize.getAsInt());
    }
  }

  /** A gate whose families all use {@code sizes}. */
  public GateSpec(String expected, List<Integer> sizes, String counts, String input,
      List<InputFamily> families, Optional<Timing> timing, OptionalInt searchSize) {
    this(expected, sizes, counts, input, families, timing, searchSize, Map.of());
  }

  /** The sizes at which {@code family} is measured. */
  public List<Integer> sizes(InputFamily family) {
    return familySizes.getOrDefault(family, sizes);
  }

  private static void checkSizes(List<Integer> sizes) {
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

  /** A gate with one family of the usual input, no timing and no search (for tests). */
  public GateSpec(String expected, List<Integer> sizes, String counts, String input) {
    this(expected, sizes, counts, input, List.of(InputFamily.TYPICAL), Optional.empty(), OptionalInt.empty());
  }
}
