package io.github.dsalab.lab.benchmarks;

import io.github.dsalab.lab.inputs.Seeds;
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
 * sorted array of n ints, with a fixed batch of random queries, half present and half (almost
 * surely) absent. The array and the queries are only read, so nothing is copied per call. Reported
 * time is per search.
 *
 * <p>Shapes of the searched array (it must be sorted, so {@code sorted} and {@code reversed} are not
 * shapes here, and no input is adversarial: every search halves its interval whatever the data):
 * {@code random} (n random ints, sorted); {@code fewDistinct} (n ints from only four values,
 * sorted: a present key sits in a run a quarter of the array long, so its search can stop after a
 * couple of halvings, while an absent key still takes all {@code log₂ n}).
 *
 * <pre>
 * java -cp dsa-bench/lab/target/dsa-lab.jar org.openjdk.jmh.Main SearchBenchmark -p n=1000000 -p shape=random
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SearchBenchmark {
  private static final int QUERIES = 4096;
  /** Distinct values in a {@code fewDistinct} array, as in {@link SortBenchmark}. */
  private static final int FEW_DISTINCT_VALUES = 4;

  /** Number of elements in the searched array. */
  @Param({"250000", "500000", "1000000"})
  public int n;

  /** How the values of the searched array are drawn. */
  @Param({"random", "fewDistinct"})
  public String shape;

  // Package-private so that a test can check the data and every query against the JDK.
  int[] sorted;
  int[] queries;

  /** Builds the sorted array of this shape and the queries from a fixed seed. */
  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(Seeds.benchmarkInputs());
    sorted =
        switch (shape) {
          case "random" -> random.ints(n).sorted().toArray();
          case "fewDistinct" -> random.ints(n, 0, FEW_DISTINCT_VALUES).sorted().toArray();
          default -> throw new IllegalArgumentException("unknown shape " + shape);
        };
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
