package io.github.dsalab.trace;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What to trace on: the options of {@code ./lab trace}. Either explicit input values, or a size,
 * a shape and a seed; for graphs, a graph file (or the family's seed graph).
 *
 * @param n the number of values, if given (else the algorithm's default)
 * @param shape the input shape
 * @param seed the random seed
 * @param input explicit values, which win over {@code n} and {@code shape}; may be null
 * @param graph a graph file in the seeds/graphs format, or empty for the seed graph
 */
public record TraceRequest(OptionalInt n, InputShape shape, long seed, int[] input, Optional<Path> graph) {
  /** The largest input a page shows readably. */
  public static final int MAX_N = 64;

  /**
   * Checks the fields.
   *
   * @throws NullPointerException if {@code n}, {@code shape} or {@code graph} is null
   * @throws IllegalArgumentException if {@code n} is not between 1 and {@value #MAX_N}, or the
   *     input has more than {@value #MAX_N} values
   */
  public TraceRequest {
    Objects.requireNonNull(n, "n");
    Objects.requireNonNull(shape, "shape");
    Objects.requireNonNull(graph, "graph");
    if (n.isPresent() && (n.getAsInt() < 1 || n.getAsInt() > MAX_N)) {
      throw new IllegalArgumentException("--n " + n.getAsInt() + " is not between 1 and " + MAX_N);
    }
    if (input != null && (input.length == 0 || input.length > MAX_N)) {
      throw new IllegalArgumentException("--input has " + input.length + " values; give between 1 and " + MAX_N);
    }
    input = input == null ? null : input.clone();
  }

  /**
   * Returns the explicit input values, or null if none were given.
   *
   * @return a copy of the values, or null
   */
  @Override
  public int[] input() {
    return input == null ? null : input.clone();
  }

  /**
   * Returns a request for the defaults: random input of the algorithm's default size, seed 42.
   *
   * @return the default request
   */
  public static TraceRequest defaults() {
    return new TraceRequest(OptionalInt.empty(), InputShape.RANDOM, 42, null, Optional.empty());
  }

  /**
   * Returns the values to trace on: the explicit input, or {@code n} (or {@code defaultN}) values
   * of the shape.
   *
   * @param defaultN the size when none was given
   * @return a new array
   */
  public int[] values(int defaultN) {
    return input != null ? input.clone() : shape.values(n.orElse(defaultN), seed);
  }

  /**
   * Parses {@code --input}: comma-separated integers, spaces allowed.
   *
   * @param text such as {@code "5,2,9,1"}
   * @return the values
   * @throws IllegalArgumentException naming the first value that is not an integer
   */
  public static int[] parseInput(String text) {
    String[] parts = text.split(",");
    int[] values = new int[parts.length];
    for (int i = 0; i < parts.length; i++) {
      try {
        values[i] = Integer.parseInt(parts[i].trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("--input value " + (i + 1) + " '" + parts[i].trim()
            + "' is not an integer; write the values like 5,2,9,1", e);
      }
    }
    return values;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TraceRequest r && n.equals(r.n) && shape == r.shape && seed == r.seed
        && Arrays.equals(input, r.input) && graph.equals(r.graph);
  }

  @Override
  public int hashCode() {
    return Objects.hash(n, shape, seed, Arrays.hashCode(input), graph);
  }

  @Override
  public String toString() {
    return "TraceRequest[n=" + n + ", shape=" + shape.label() + ", seed=" + seed + ", input="
        + (input == null ? "none" : Arrays.toString(input)) + ", graph=" + graph + "]";
  }
}
