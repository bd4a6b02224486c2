package io.github.dsalab.bench;

import io.github.dsalab.search.BinarySearch;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@link BinarySearch#indexOf(int[], int)} against {@link Arrays#binarySearch(int[], int)} on a
 * sorted array of n random ints, with a fixed batch of random queries, half present and half
 * (almost surely) absent. The array is only read, so nothing is copied per call. Reported time is
 * per search.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SearchBenchmark {
  private static final int QUERIES = 4096;

  /** Number of elements in the searched array. */
  @Param({"250000", "500000", "1000000"})
  public int n;

  private int[] sorted;
  private int[] queries;

  /** Builds the sorted array and the queries from a fixed seed. */
  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(Seeds.benchmarkInputs());
    sorted = random.ints(n).sorted().toArray();
    queries = new int[QUERIES];
    for (int q = 0; q < QUERIES; q++) {
      queries[q] = q % 2 == 0 ? sorted[random.nextInt(n)] : random.nextInt();
    }
  }

  /**
   * dsa-core's binary search.
   *
   * @return a sum of the results, so that no search can be optimized away
   */
  @Benchmark
  @OperationsPerInvocation(QUERIES)
  public long binarySearchIndexOf() {
    long sum = 0;
    for (int key : queries) {
      sum += BinarySearch.indexOf(sorted, key);
    }
    return sum;
  }

  /**
   * The JDK baseline.
   *
   * @return a sum of the results, so that no search can be optimized away
   */
  @Benchmark
  @OperationsPerInvocation(QUERIES)
  public long arraysBinarySearch() {
    long sum = 0;
    for (int key : queries) {
      sum += Arrays.binarySearch(sorted, key);
    }
    return sum;
  }
}
