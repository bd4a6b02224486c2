package io.github.dsalab.lab.benchmarks;

import io.github.dsalab.lab.inputs.Seeds;
import io.github.dsalab.sort.HeapSort;
import io.github.dsalab.sort.MergeSort;
import io.github.dsalab.sort.QuickSort;
import io.github.dsalab.sort.QuicksortAdversary;
import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Times dsa-core's {@code O(n log n)} sorts against {@link Arrays#sort}, the baseline: on
 * {@code int[]} (where the JDK runs a dual-pivot quicksort) and on {@code Integer[]} with a
 * comparator (where it runs TimSort, a stable merge sort).
 *
 * <p>The input of each size and shape is made once from a fixed seed and copied inside every
 * measured call, so every call sorts the same unsorted data; the copy is part of the time of
 * every method, the baseline's included. Shapes: {@code random}; {@code sorted};
 * {@code reversed}; {@code fewDistinct} (four values, the case three-way partitioning is for);
 * {@code organPipe} (up then down, a classic trap for simple pivot rules); {@code adversarial}
 * (McIlroy's killer input, built against {@code QuickSort}'s object path, which only its introsort
 * guard keeps at {@code O(n log n)}).
 *
 * <pre>
 * java -cp dsa-bench/lab/target/dsa-lab.jar org.openjdk.jmh.Main SortBenchmark -p n=1000000 -p shape=random
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SortBenchmark {
  private static final long SEED = Seeds.benchmarkInputs();
  private static final Comparator<Integer> ORDER = Integer::compare;

  /** Number of elements; each size doubles the one before. */
  @Param({"31250", "62500", "125000", "250000", "500000", "1000000"})
  public int n;

  /** How the input is arranged. */
  @Param({"random", "sorted", "reversed", "fewDistinct", "organPipe", "adversarial"})
  public String shape;

  private int[] ints;
  private Integer[] boxes;

  /** Builds the input for this size and shape. */
  @Setup
  public void setUp() {
    ints = input(shape, n);
    boxes = Arrays.stream(ints).boxed().toArray(Integer[]::new);
  }

  static int[] input(String shape, int n) {
    if (shape.equals("adversarial")) {
      // Built once per trial against QuickSort's object path: without the introsort guard it
      // would be quadratic; with it, quickSortObjects must stay O(n log n) on this input.
      return QuicksortAdversary.killerInput(n);
    }
    SplittableRandom random = new SplittableRandom(SEED);
    int[] a = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] =
          switch (shape) {
            case "random" -> random.nextInt();
            case "sorted" -> i;
            case "reversed" -> n - i;
            case "fewDistinct" -> random.nextInt(4);
            case "organPipe" -> Math.min(i, n - 1 - i);
            default -> throw new IllegalArgumentException("unknown shape " + shape);
          };
    }
    return a;
  }

  /**
   * dsa-core's dual-pivot introsort on {@code int[]}.
   *
   * @return the sorted copy
   */
  @Benchmark
  public int[] quickSortInts() {
    int[] a = ints.clone();
    QuickSort.sort(a);
    return a;
  }

  /**
   * dsa-core's merge sort on {@code int[]}.
   *
   * @return the sorted copy
   */
  @Benchmark
  public int[] mergeSortInts() {
    int[] a = ints.clone();
    MergeSort.sort(a);
    return a;
  }

  /**
   * dsa-core's heap sort on {@code int[]}.
   *
   * @return the sorted copy
   */
  @Benchmark
  public int[] heapSortInts() {
    int[] a = ints.clone();
    HeapSort.sort(a);
    return a;
  }

  /**
   * Baseline: the JDK's dual-pivot quicksort on {@code int[]}.
   *
   * @return the sorted copy
   */
  @Benchmark
  public int[] jdkSortInts() {
    int[] a = ints.clone();
    Arrays.sort(a);
    return a;
  }

  /**
   * dsa-core's quicksort on {@code Integer[]} with a comparator.
   *
   * @return the sorted copy
   */
  @Benchmark
  public Integer[] quickSortObjects() {
    Integer[] a = boxes.clone();
    QuickSort.sort(a, ORDER);
    return a;
  }

  /**
   * dsa-core's merge sort on {@code Integer[]} with a comparator.
   *
   * @return the sorted copy
   */
  @Benchmark
  public Integer[] mergeSortObjects() {
    Integer[] a = boxes.clone();
    MergeSort.sort(a, ORDER);
    return a;
  }

  /**
   * dsa-core's heap sort on {@code Integer[]} with a comparator.
   *
   * @return the sorted copy
   */
  @Benchmark
  public Integer[] heapSortObjects() {
    Integer[] a = boxes.clone();
    HeapSort.sort(a, ORDER);
    return a;
  }

  /**
   * Baseline: the JDK's TimSort on {@code Integer[]} with a comparator.
   *
   * @return the sorted copy
   */
  @Benchmark
  public Integer[] jdkSortObjects() {
    Integer[] a = boxes.clone();
    Arrays.sort(a, ORDER);
    return a;
  }
}
