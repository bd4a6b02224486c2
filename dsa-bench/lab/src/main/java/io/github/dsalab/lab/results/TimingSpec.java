package io.github.dsalab.lab.results;

import io.github.dsalab.complexity.ComplexityClass;
import java.util.List;
import java.util.Objects;

/**
 * Which JMH benchmark method times the same work as a count row, against which baseline (JDK or
 * JGraphT) in the same benchmark class, at which sizes.
 *
 * @param benchmark the benchmark class's simple name, such as {@code SortBenchmark}
 * @param method the {@code @Benchmark} method timing our code
 * @param baseline the {@code @Benchmark} method timing the baseline, or null
 * @param baselineName the baseline as a reader knows it, such as {@code Arrays.sort(int[])}
 * @param sizes the sizes to time at (the baseline is timed at the largest only)
 * @param bytesPerItem the approximate bytes per input item, to tell when the data outgrows the cache
 * @param timedClass the class the timing should show when the benchmark varies its size differently
 *     from the counts (a graph benchmark fixes E = 10 V, so O(V + E) times as O(n)); null means the
 *     count verdict's class
 * @param sizeParam the name of the benchmark's {@code @Param} holding the size
 * @param shapeParam the name of the benchmark's {@code @Param} holding the input shape
 */
public record TimingSpec(String benchmark, String method, String baseline, String baselineName, List<Integer> sizes,
    int bytesPerItem, ComplexityClass timedClass, String sizeParam, String shapeParam) {

  public TimingSpec {
    Objects.requireNonNull(benchmark, "benchmark");
    Objects.requireNonNull(method, "method");
    sizes = List.copyOf(sizes);
    Objects.requireNonNull(sizeParam, "sizeParam");
    Objects.requireNonNull(shapeParam, "shapeParam");
  }

  /** A timing with the usual parameter names {@code n} and {@code shape}. */
  public static TimingSpec of(String benchmark, String method, String baseline, String baselineName, List<Integer> sizes,
      int bytesPerItem) {
    return new TimingSpec(benchmark, method, baseline, baselineName, sizes, bytesPerItem, null, "n", "shape");
  }

  /** The same timing, expected to grow like {@code timedClass}. */
  public TimingSpec timedAs(ComplexityClass newTimedClass) {
    return new TimingSpec(benchmark, method, baseline, baselineName, sizes, bytesPerItem, newTimedClass, sizeParam,
        shapeParam);
  }

  /** The same timing, for a benchmark naming its size and shape parameters differently. */
  public TimingSpec params(String newSizeParam, String newShapeParam) {
    return new TimingSpec(benchmark, method, baseline, baselineName, sizes, bytesPerItem, timedClass, newSizeParam,
        newShapeParam);
  }

  /** The same timing at other sizes. */
  TimingSpec withSizes(List<Integer> newSizes) {
    return new TimingSpec(benchmark, method, baseline, baselineName, newSizes, bytesPerItem, timedClass, sizeParam,
        shapeParam);
  }
}
