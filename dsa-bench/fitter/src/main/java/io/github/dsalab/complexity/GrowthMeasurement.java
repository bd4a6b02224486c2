package io.github.dsalab.complexity;

import io.github.dsalab.counting.CountingComparator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Measures how the caller's own code grows with {@code n}, so that any JUnit test can assert a
 * bound: by exact operation counts (deterministic, the reliable way) or by timings.
 *
 * <p>Give it a seeded input factory, optionally sizes and a seed, then one of the terminal
 * methods: {@link #countComparisons} hands your code a fresh {@link CountingComparator} per run,
 * {@link #countOperations} lets your code return its own count, {@link #time} takes
 * {@code System.nanoTime()} samples after a warm-up. Each returns a {@link Verdict} from
 * {@link ComplexityFitter}, whose assertions fail with messages such as "measured O(n²) where at
 * most O(n log n) is expected". A measurement is a reusable, immutable recipe: every setter
 * returns a new one.
 *
 * <table class="striped">
 *   <caption>Cost, for sizes {@code n₁ … n_k}, {@code r} repetitions and {@code w} warm-ups</caption>
 *   <tr><th>operation</th><th>time</th></tr>
 *   <tr><td>counting</td><td>{@code r·Σ (input(nᵢ) + run(nᵢ))}</td></tr>
 *   <tr><td>{@link #time}</td><td>{@code (r + w)·Σ (input(nᵢ) + run(nᵢ))}</td></tr>
 *   <tr><td>the fit itself</td><td>{@code O(r·k log(r·k))}, negligible</td></tr>
 * </table>
 *
 * <pre>{@code
 * Verdict verdict = GrowthMeasurement
 *     .of((n, random) -> random.ints(n).boxed().toArray(Integer[]::new))
 *     .doublingSizes(16, 10)                                   // 16, 32, ..., 8192
 *     .countComparisons(Comparator.<Integer>naturalOrder(), (array, comparator) -> MySort.sort(array, comparator));
 * verdict.assertGrowsNoFasterThan(ComplexityClass.N_LOG_N);
 * }</pre>
 *
 * <p>Timings of code that takes less than a few microseconds at the smallest size are mostly
 * clock resolution and JIT noise: count operations there instead.
 *
 * @param <T> the type of the input handed to the code under test
 */
public final class GrowthMeasurement<T> {
  /**
   * Creates the input of size {@code n} from a seeded random source, so that runs repeat.
   *
   * @param <T> the type of the input
   */
  @FunctionalInterface
  public interface InputFactory<T> {
    /**
     * Returns a new input of size {@code n}.
     *
     * @param n the size, at least 1
     * @param random a source seeded from the measurement's seed, {@code n} and the repetition
     * @return the input; the code under test may modify it
     */
    T create(int n, Random random);
  }

  /** The fewest distinct sizes a measurement takes: a 256× span when they double. */
  public static final int MINIMUM_SIZES = 9;

  private static final int DEFAULT_COUNT_REPETITIONS = 3;
  private static final int DEFAULT_TIME_REPETITIONS = 7;
  private static final int DEFAULT_WARMUPS = 5;

  /** Results land here so that the JIT cannot drop a timed run whose result is unused. */
  private static volatile int sink;

  private final InputFactory<? extends T> inputs;
  private final int[] sizes;
  private final long seed;
  private final int repetitions;
  private final int warmups;
  private final Set<ComplexityClass> candidates;

  private GrowthMeasurement(
      InputFactory<? extends T> inputs,
      int[] sizes,
      long seed,
      int repetitions,
      int warmups,
      Set<ComplexityClass> candidates) {
    this.inputs = inputs;
    this.sizes = sizes;
    this.seed = seed;
    this.repetitions = repetitions;
    this.warmups = warmups;
    this.candidates = candidates;
  }

  /**
   * Starts a measurement with sizes 16, 32, …, 8192, seed 42, 3 repetitions per size when
   * counting (each on a different seeded input) and 7 timed plus 5 warm-up runs when timing.
   *
   * @param inputs creates the input of each size
   * @param <T> the type of the input
   * @return a new measurement
   * @throws NullPointerException if {@code inputs} is null
   */
  public static <T> GrowthMeasurement<T> of(InputFactory<? extends T> inputs) {
    Objects.requireNonNull(inputs, "inputs");
    return new GrowthMeasurement<>(
        inputs, doubling(16, 10), 42, 0, DEFAULT_WARMUPS, EnumSet.allOf(ComplexityClass.class));
  }

  /**
   * Returns this measurement with explicit sizes: at least {@value #MINIMUM_SIZES} distinct ones,
   * best doubling (consecutive for exponential code, whose doubled sizes would never finish).
   *
   * @param sizes the sizes, each at least 1
   * @return a new measurement
   * @throws NullPointerException if {@code sizes} is null
   * @throws IllegalArgumentException if a size is below 1 or fewer than
   *     {@value #MINIMUM_SIZES} are distinct
   */
  public GrowthMeasurement<T> sizes(int... sizes) {
    Objects.requireNonNull(sizes, "sizes");
    int[] copy = sizes.clone();
    for (int i = 0; i < copy.length; i++) {
      if (copy[i] < 1) {
        throw new IllegalArgumentException("sizes[" + i + "] = " + copy[i] + " is not at least 1");
      }
    }
    long distinct = Arrays.stream(copy).distinct().count();
    if (distinct < MINIMUM_SIZES) {
      throw new IllegalArgumentException(
          "only " + distinct + " distinct sizes; at least " + MINIMUM_SIZES + " are needed");
    }
    return new GrowthMeasurement<>(inputs, copy, seed, repetitions, warmups, candidates);
  }

  /**
   * Returns this measurement with the sizes {@code first, 2·first, 4·first, …} ({@code count}
   * of them).
   *
   * @param first the smallest size, at least 1
   * @param count how many sizes, at least {@value #MINIMUM_SIZES}
   * @return a new measurement
   * @throws IllegalArgumentException if {@code first} is below 1, {@code count} below
   *     {@value #MINIMUM_SIZES}, or the largest size would overflow an {@code int}
   */
  public GrowthMeasurement<T> doublingSizes(int first, int count) {
    if (first < 1) {
      throw new IllegalArgumentException("first = " + first + " is not at least 1");
    }
    if (count < MINIMUM_SIZES) {
      throw new IllegalArgumentException(
          "count = " + count + " is below the minimum of " + MINIMUM_SIZES + " sizes");
    }
    if (((long) first << (count - 1)) > Integer.MAX_VALUE || count > 31) {
      throw new IllegalArgumentException(
          "first = " + first + " doubled " + (count - 1) + " times exceeds " + Integer.MAX_VALUE);
    }
    return sizes(doubling(first, count));
  }

  /**
   * Returns this measurement with another seed for the input factory.
   *
   * @param seed the seed
   * @return a new measurement
   */
  public GrowthMeasurement<T> seed(long seed) {
    return new GrowthMeasurement<>(inputs, sizes, seed, repetitions, warmups, candidates);
  }

  /**
   * Returns this measurement with {@code repetitions} samples per size (each on a freshly made
   * input with its own seed); the fitter uses their median and spread.
   *
   * @param repetitions samples per size, at least 1
   * @return a new measurement
   * @throws IllegalArgumentException if {@code repetitions} is below 1
   */
  public GrowthMeasurement<T> repetitions(int repetitions) {
    if (repetitions < 1) {
      throw new IllegalArgumentException("repetitions = " + repetitions + " is not at least 1");
    }
    return new GrowthMeasurement<>(inputs, sizes, seed, repetitions, warmups, candidates);
  }

  /**
   * Returns this measurement with {@code warmups} untimed runs per size before timing, so that
   * the JIT has compiled the code.
   *
   * @param warmups untimed runs per size, at least 0
   * @return a new measurement
   * @throws IllegalArgumentException if {@code warmups} is negative
   */
  public GrowthMeasurement<T> warmups(int warmups) {
    if (warmups < 0) {
      throw new IllegalArgumentException("warmups = " + warmups + " is negative");
    }
    return new GrowthMeasurement<>(inputs, sizes, seed, repetitions, warmups, candidates);
  }

  /**
   * Returns this measurement choosing only among {@code candidates} when fitting.
   *
   * @param candidates the classes to choose from, at least one
   * @return a new measurement
   * @throws NullPointerException if {@code candidates} is null
   * @throws IllegalArgumentException if {@code candidates} is empty
   */
  public GrowthMeasurement<T> candidates(Set<ComplexityClass> candidates) {
    Objects.requireNonNull(candidates, "candidates");
    if (candidates.isEmpty()) {
      throw new IllegalArgumentException("candidates is empty; name at least one class");
    }
    return new GrowthMeasurement<>(
        inputs, sizes, seed, repetitions, warmups, EnumSet.copyOf(candidates));
  }

  /**
   * Runs {@code code} on every input, handing it a fresh {@link CountingComparator} around
   * {@code order}, and fits the comparison counts.
   *
   * @param order the order the code should compare by
   * @param code the code under test: sorts, searches or otherwise uses the comparator
   * @param <E> the type of elements compared
   * @return the verdict
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if some run made no comparison at all
   */
  public <E> Verdict countComparisons(
      Comparator<? super E> order, BiConsumer<? super T, ? super CountingComparator<E>> code) {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(code, "code");
    return countOperations(input -> {
      CountingComparator<E> comparator = CountingComparator.of(order);
      code.accept(input, comparator);
      return comparator.count();
    });
  }

  /**
   * Runs {@code code} on every input and fits the operation counts it returns (comparisons,
   * probes, arcs scanned: whatever the code counts, for instance with a counting predicate).
   *
   * @param code the code under test, returning its operation count, at least 1
   * @return the verdict
   * @throws NullPointerException if {@code code} is null
   * @throws IllegalArgumentException if {@code code} returns a count below 1
   */
  public Verdict countOperations(ToLongFunction<? super T> code) {
    Objects.requireNonNull(code, "code");
    int perSize = repetitions > 0 ? repetitions : DEFAULT_COUNT_REPETITIONS;
    long[] sampleSizes = new long[sizes.length * perSize];
    double[] values = new double[sampleSizes.length];
    int index = 0;
    for (int n : sizes) {
      for (int r = 0; r < perSize; r++) {
        long count = code.applyAsLong(input(n, r));
        if (count < 1) {
          throw new IllegalArgumentException(
              "the code counted " + count + " operations at n = " + n + "; counts must be at least 1");
        }
        sampleSizes[index] = n;
        values[index++] = count;
      }
    }
    return ComplexityFitter.fit(sampleSizes, values, candidates);
  }

  /**
   * Times {@code code} on every input with {@link System#nanoTime()}, after the warm-up runs,
   * and fits the times. Making the input is never timed. Return the code's result (or anything
   * derived from it) so that the JIT cannot optimise the work away.
   *
   * @param code the code under test
   * @return the verdict, in nanoseconds
   * @throws NullPointerException if {@code code} is null
   */
  public Verdict time(Function<? super T, ?> code) {
    Objects.requireNonNull(code, "code");
    int perSize = repetitions > 0 ? repetitions : DEFAULT_TIME_REPETITIONS;
    long[] sampleSizes = new long[sizes.length * perSize];
    double[] values = new double[sampleSizes.length];
    int index = 0;
    for (int n : sizes) {
      for (int w = 0; w < warmups; w++) {
        sink += System.identityHashCode(code.apply(input(n, -1 - w)));
      }
      for (int r = 0; r < perSize; r++) {
        T input = input(n, r);
        long start = System.nanoTime();
        Object result = code.apply(input);
        long elapsed = System.nanoTime() - start;
        sink += System.identityHashCode(result);
        sampleSizes[index] = n;
        // A run faster than the clock's tick still took some time: never fit a zero.
        values[index++] = Math.max(1, elapsed);
      }
    }
    return ComplexityFitter.fit(sampleSizes, values, candidates);
  }

  private T input(int n, int repetition) {
    long mixed = seed * 0x9E3779B97F4A7C15L + n * 0xC2B2AE3D27D4EB4FL + repetition * 0x165667B19E3779F9L;
    return inputs.create(n, new Random(mixed));
  }

  /** The current sizes, for tests. */
  int[] sizesForTesting() {
    return sizes.clone();
  }

  private static int[] doubling(int first, int count) {
    int[] sizes = new int[count];
    for (int i = 0; i < count; i++) {
      sizes[i] = first << i;
    }
    return sizes;
  }
}
