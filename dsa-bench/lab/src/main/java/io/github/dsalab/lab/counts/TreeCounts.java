package io.github.dsalab.lab.counts;

import io.github.dsalab.complexity.ComplexityClass;
import io.github.dsalab.counting.CountingComparator;
import io.github.dsalab.lab.inputs.InputShape;
import io.github.dsalab.lab.inputs.Inputs;
import io.github.dsalab.lab.inputs.Seeds;
import io.github.dsalab.lab.inputs.Sizes;
import io.github.dsalab.lab.results.CountExperiment;
import io.github.dsalab.lab.results.TimingSpec;
import io.github.dsalab.tree.AvlTree;
import io.github.dsalab.tree.BinarySearchTree;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableMap;
import java.util.function.Function;

/**
 * The trees topic's count experiments: comparisons to put n keys into a tree and then get every one
 * of them back. The cost of each operation follows the tree's height, so the unbalanced
 * {@link BinarySearchTree} degrades from {@code n log n} on random keys to {@code n²} on sorted keys,
 * while {@link AvlTree} stays at {@code n log n}.
 */
public final class TreeCounts {
  /** 16 … 4096 for the degenerate (quadratic) case. */
  static final List<Integer> QUADRATIC_SIZES = Sizes.doubling(16, 9);
  /** 256 … 65536 for the logarithmic-height cases. */
  static final List<Integer> FAST_SIZES = Sizes.doubling(256, 9);
  /**
   * Timed sizes for random keys, 7 813 … 250 000 (427 KiB … 13 MiB of nodes). They stop at 250 000:
   * one put-and-get run takes about 0.3 s there and 0.7 s at 500 000, which the default run's three
   * minutes could not afford for three trees.
   */
  static final List<Integer> TIMED_RANDOM = Sizes.doubling(7813, 6);
  /** Timed sizes for ordered keys, small enough for the degenerate binary search tree. */
  static final List<Integer> TIMED_ORDERED = Sizes.doubling(1024, 5);
  /** A tree node with a boxed key: object header, key, value, two children, size or height. */
  static final int BYTES_PER_NODE = 56;

  private TreeCounts() {}

  static List<CountExperiment> experiments() {
    List<CountExperiment> rows = new ArrayList<>();
    add(rows, "binary search tree", InputShape.RANDOM, ComplexityClass.N_LOG_N,
        "random keys give an expected height of about 2 ln n, so each put and get is O(log n)",
        BinarySearchTree::new, "bst");
    add(rows, "binary search tree", InputShape.SORTED, ComplexityClass.QUADRATIC,
        "sorted keys build a chain: the i-th put compares with all i − 1 keys before it",
        BinarySearchTree::new, "bst");
    add(rows, "avl tree", InputShape.RANDOM, ComplexityClass.N_LOG_N,
        "rotations keep the height below 1.44 log₂ n, so each put and get is O(log n)",
        AvlTree::new, "avl");
    add(rows, "avl tree", InputShape.SORTED, ComplexityClass.N_LOG_N,
        "sorted keys only trigger rotations: the height stays below 1.44 log₂ n",
        AvlTree::new, "avl");
    return rows;
  }

  private static void add(List<CountExperiment> rows, String name, InputShape shape, ComplexityClass expected, String why,
      Function<Comparator<Integer>, NavigableMap<Integer, Integer>> tree, String method) {
    List<Integer> sizes = expected == ComplexityClass.QUADRATIC ? QUADRATIC_SIZES : FAST_SIZES;
    TimingSpec timing = TimingSpec.of(method + "-put-get", "tree-map-put-get", "TreeMap",
        shape == InputShape.RANDOM || expected != ComplexityClass.QUADRATIC ? TIMED_RANDOM : TIMED_ORDERED,
        BYTES_PER_NODE);
    rows.add(new CountExperiment("tree", name, shape, expected, "comparisons", "put n keys, then get each: " + why,
        CountExperiment.oneSize(sizes), (n, unused) -> putThenGet(tree, shape, n), timing));
  }

  /** Comparisons to put n keys of the given shape into a new tree, then get each of them. */
  static long putThenGet(Function<Comparator<Integer>, NavigableMap<Integer, Integer>> factory, InputShape shape,
      int n) {
    int[] keys = Inputs.ints(shape, n, Seeds.labInputs());
    CountingComparator<Integer> comparator = CountingComparator.of(Comparator.<Integer>naturalOrder());
    NavigableMap<Integer, Integer> tree = factory.apply(comparator);
    for (int key : keys) {
      tree.put(key, key);
    }
    for (int key : keys) {
      tree.get(key);
    }
    return comparator.count();
  }
}
