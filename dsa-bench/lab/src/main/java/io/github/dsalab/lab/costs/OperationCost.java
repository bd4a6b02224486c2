package io.github.dsalab.lab.costs;

/**
 * The measured cost of one counted operation at one size: the median time of one benchmark
 * operation divided by the exact count of the same work at the same size, beside the size of the
 * data it worked on.
 *
 * <pre>{@code
 * OperationCost cost = new OperationCost(125_000, 7_000_000, 61.8e6, 2_600_000, 0.02);
 * cost.nanosecondsPerOperation();   // ≈ 23.8
 * }</pre>
 *
 * @param n the size
 * @param workingSetBytes the approximate bytes of data the operations touch at {@code n}
 * @param nanoseconds the median time of one benchmark operation at {@code n}
 * @param operations the exact count of the same work at {@code n}
 * @param gcShare the share of the timing spent collecting garbage (JMH's GC profiler), or NaN when
 *     not measured
 */
public record OperationCost(long n, long workingSetBytes, double nanoseconds, long operations, double gcShare) {
  public OperationCost {
    if (operations < 1) {
      throw new IllegalArgumentException("operations is " + operations + " at n = " + n + ", must be at least 1");
    }
    if (!(nanoseconds > 0)) {
      throw new IllegalArgumentException("nanoseconds is " + nanoseconds + " at n = " + n + ", must be positive");
    }
  }

  /** Time over count. */
  public double nanosecondsPerOperation() {
    return nanoseconds / operations;
  }
}
