package io.github.dsalab.lab.benchmarks;

import io.github.dsalab.lab.inputs.Seeds;
import io.github.dsalab.tree.AvlTree;
import io.github.dsalab.tree.BinarySearchTree;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Search trees against {@link TreeMap}: put {@code n} keys into an empty map, then get each of
 * them back. Two questions:
 *
 * <ul>
 *   <li>{@link LargeKeys} ({@code n} up to 10⁶ keys, in the {@code shape} {@code random},
 *       {@code sorted}, {@code reversed} or {@code fewDistinct}): is {@link AvlTree} as fast as the
 *       JDK's red-black tree? Target: within 1.15× of {@code treeMapPutGet} on random keys. Sorted
 *       and reversed keys make both trees rotate on almost every put; four distinct keys keep both
 *       at four nodes, so every put after the first four overwrites a value.
 *   <li>{@link RandomKeys} (the same {@code n} random keys): the unbalanced
 *       {@link BinarySearchTree} for scale. It takes no shape: sorted keys at these sizes would make
 *       it run for hours.
 *   <li>{@link ShapedKeys} ({@code size} up to 2¹⁴, keys in random or sorted order): what does
 *       sorted input do to the unbalanced {@link BinarySearchTree}? Random order gives height about
 *       {@code 2 ln n}; sorted order a single path, so the time grows as {@code n²} instead of
 *       {@code n log n}. The AVL tree does not care about the order.
 * </ul>
 *
 * <p>Keys are boxed once in the setup from a fixed seed, so that no benchmark times the boxing;
 * they are only read, and every call fills a new, empty map.
 *
 * <pre>
 * java -cp dsa-bench/lab/target/dsa-lab.jar org.openjdk.jmh.Main 'TreeBenchmark\.(avl|treeMap)PutGet$' -p n=1000000 -p shape=random
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class TreeBenchmark {

  /** {@code n} keys in one of four shapes, for the balanced trees. */
  @State(Scope.Benchmark)
  public static class LargeKeys {
    /** How many keys to put and get. */
    @Param({"250000", "500000", "1000000"})
    public int n;

    /**
     * {@code random} (0 … n − 1 shuffled), {@code sorted} (ascending), {@code reversed}
     * (descending) or {@code fewDistinct} (random among four values).
     */
    @Param({"random", "sorted", "reversed", "fewDistinct"})
    public String shape;

    Integer[] keys;

    /** Draws or lists the keys of this shape, from a fixed seed. */
    @Setup
    public void setUp() {
      keys =
          switch (shape) {
            case "random" -> shuffled(n, new Random(Seeds.benchmarkInputs()));
            case "sorted" -> ascending(n);
            case "reversed" -> descending(n);
            case "fewDistinct" -> boxed(SortBenchmark.input(shape, n));
            default -> throw new IllegalArgumentException("unknown shape " + shape);
          };
    }
  }

  /** {@code n} distinct keys in random order: the same keys as {@link LargeKeys} in shape random. */
  @State(Scope.Benchmark)
  public static class RandomKeys {
    /** How many keys to put and get. */
    @Param({"250000", "500000", "1000000"})
    public int n;

    Integer[] keys;

    /** Draws the keys from a fixed seed. */
    @Setup
    public void setUp() {
      keys = shuffled(n, new Random(Seeds.benchmarkInputs()));
    }
  }

  /** {@code size} distinct keys, in random or in ascending order. */
  @State(Scope.Benchmark)
  public static class ShapedKeys {
    /** How many keys to put and get. */
    @Param({"2048", "4096", "8192", "16384"})
    public int size;

    /** {@code random} or {@code sorted}. */
    @Param({"random", "sorted"})
    public String order;

    Integer[] keys;

    /** Draws the keys from a fixed seed, or lists them in order. */
    @Setup
    public void setUp() {
      keys = order.equals("sorted") ? ascending(size) : shuffled(size, new Random(Seeds.benchmarkInputs()));
    }
  }

  /**
   * AvlTree, keys of the chosen shape.
   *
   * @param data the keys
   * @return a checksum of the values read back
   */
  @Benchmark
  public long avlPutGet(LargeKeys data) {
    return putThenGet(AvlTree::new, data.keys);
  }

  /**
   * The JDK baseline, keys of the chosen shape.
   *
   * @param data the keys
   * @return a checksum of the values read back
   */
  @Benchmark
  public long treeMapPutGet(LargeKeys data) {
    return putThenGet(TreeMap::new, data.keys);
  }

  /**
   * The unbalanced tree on random keys, for scale.
   *
   * @param data the keys
   * @return a checksum of the values read back
   */
  @Benchmark
  public long bstPutGet(RandomKeys data) {
    return putThenGet(BinarySearchTree::new, data.keys);
  }

  /**
   * The unbalanced tree on random or sorted keys: the degenerate case.
   *
   * @param data the keys
   * @return a checksum of the values read back
   */
  @Benchmark
  public long bstPutGetByOrder(ShapedKeys data) {
    return putThenGet(BinarySearchTree::new, data.keys);
  }

  /**
   * The AVL tree on the same random or sorted keys: the order does not matter.
   *
   * @param data the keys
   * @return a checksum of the values read back
   */
  @Benchmark
  public long avlPutGetByOrder(ShapedKeys data) {
    return putThenGet(AvlTree::new, data.keys);
  }

  /**
   * The JDK baseline on the same random or sorted keys.
   *
   * @param data the keys
   * @return a checksum of the values read back
   */
  @Benchmark
  public long treeMapPutGetByOrder(ShapedKeys data) {
    return putThenGet(TreeMap::new, data.keys);
  }

  private static long putThenGet(Supplier<Map<Integer, Integer>> factory, Integer[] keys) {
    Map<Integer, Integer> map = factory.get();
    for (Integer key : keys) {
      map.put(key, key);
    }
    long sum = 0;
    for (Integer key : keys) {
      sum += map.get(key);
    }
    return sum + map.size();
  }

  private static Integer[] descending(int n) {
    Integer[] keys = new Integer[n];
    for (int i = 0; i < n; i++) {
      keys[i] = n - 1 - i;
    }
    return keys;
  }

  private static Integer[] boxed(int[] values) {
    Integer[] keys = new Integer[values.length];
    for (int i = 0; i < values.length; i++) {
      keys[i] = values[i];
    }
    return keys;
  }

  private static Integer[] ascending(int n) {
    Integer[] keys = new Integer[n];
    for (int i = 0; i < n; i++) {
      keys[i] = i;
    }
    return keys;
  }

  /** The keys 0..n-1 boxed and Fisher-Yates shuffled, so every key is distinct. */
  private static Integer[] shuffled(int n, Random random) {
    Integer[] keys = ascending(n);
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      Integer swap = keys[i];
      keys[i] = keys[j];
      keys[j] = swap;
    }
    return keys;
  }
}
