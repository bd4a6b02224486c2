package io.github.dsalab.lab.benchmarks;

import io.github.dsalab.lab.inputs.InputShape;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * One piece of work the lab's timing pass times, by name: "sort n boxed ints with insertion sort",
 * "put n keys into a TreeMap, then get each". It builds its input for a shape and a size (outside
 * the timed region) and hands back the timed call, which returns a checksum so that the JIT cannot
 * drop the work. The inputs are the count suite's, from the same seeds, so a time divides by the
 * exact count of the very same work.
 *
 * <p>Cost: preparing is whatever building the input costs ({@code O(n)} for arrays,
 * {@code O(V + E)} for graphs); the call is the algorithm's own.
 *
 * <pre>{@code
 * Workload work = Workloads.named("insertion-sort");
 * LongSupplier call = work.prepare(InputShape.REVERSED, 4096, 0);
 * long checksum = call.getAsLong();   // sorts a fresh copy of the reversed input
 * }</pre>
 *
 * @param name the workload's name, such as {@code insertion-sort}
 * @param shapes the input shapes it can be timed on
 * @param preparer builds the input and the call
 */
public record Workload(String name, Set<InputShape> shapes, Preparer preparer) {
  /** Builds one cell's input and returns the call that does the work on it. */
  @FunctionalInterface
  public interface Preparer {
    LongSupplier prepare(InputShape shape, int n, int m);
  }

  public Workload {
    Objects.requireNonNull(name, "name");
    shapes = Set.copyOf(shapes);
    Objects.requireNonNull(preparer, "preparer");
  }

  /**
   * The call that does this work on the input of one cell.
   *
   * @throws IllegalArgumentException when the workload has no input of this shape
   */
  public LongSupplier prepare(InputShape shape, int n, int m) {
    if (!shapes.contains(shape)) {
      throw new IllegalArgumentException(name + " has no " + shape.label() + " input; it has " + shapes);
    }
    return preparer.prepare(shape, n, m);
  }
}
