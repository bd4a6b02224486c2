package io.github.dsalab.lab.ratios;

import io.github.dsalab.lab.benchmarks.GraphBenchmark;
import io.github.dsalab.lab.benchmarks.HeapBenchmark;
import io.github.dsalab.lab.benchmarks.SearchBenchmark;
import io.github.dsalab.lab.benchmarks.SortBenchmark;
import io.github.dsalab.lab.benchmarks.TreeBenchmark;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One headline comparison: a dsa-core benchmark method, the baseline method it is timed against in
 * the same benchmark class, the input, and the goal for the ratio ours / baseline (lower is better
 * for ours). The goals are issue 13's.
 */
public enum HeadlinePair {
  /** {@code AvlTree} put then get of n random keys against {@code TreeMap}. */
  AVL_TREE("avl-tree", "AvlTree put+get / TreeMap", TreeBenchmark.class, "avlPutGet", "treeMapPutGet",
      1_000_000, "random", 1.00, "put", 5),
  /** {@code BinaryHeap} offer then poll of n random keys against {@code PriorityQueue}. */
  BINARY_HEAP("binary-heap", "BinaryHeap offer+poll / PriorityQueue", HeapBenchmark.class,
      "binaryHeapOfferThenPoll", "priorityQueueOfferThenPoll", 1_000_000, "random", 0.95, "offer", 5),
  /** {@code MergeSort.sort(T[], cmp)} against {@code Arrays.sort(T[], cmp)} (TimSort). */
  MERGE_SORT_OBJECTS("merge-sort-objects", "MergeSort.sort(T[], cmp) / Arrays.sort(T[], cmp)",
      SortBenchmark.class, "mergeSortObjects", "jdkSortObjects", 1_000_000, "random", 1.00, "element", 3),
  /** {@code QuickSort.sort(T[], cmp)} against {@code Arrays.sort(T[], cmp)} (TimSort). */
  QUICK_SORT_OBJECTS("quick-sort-objects", "QuickSort.sort(T[], cmp) / Arrays.sort(T[], cmp)",
      SortBenchmark.class, "quickSortObjects", "jdkSortObjects", 1_000_000, "random", 0.85, "element", 3),
  /** {@code QuickSort.sort(int[])} against {@code Arrays.sort(int[])} (dual-pivot quicksort). */
  QUICK_SORT_INTS("quick-sort-ints", "QuickSort.sort(int[]) / Arrays.sort(int[])", SortBenchmark.class,
      "quickSortInts", "jdkSortInts", 1_000_000, "random", 1.00, "element", 3),
  /** {@code BinarySearch.indexOf(int[])} against {@code Arrays.binarySearch(int[])}. */
  BINARY_SEARCH("binary-search", "BinarySearch.indexOf(int[]) / Arrays.binarySearch", SearchBenchmark.class,
      "binarySearchIndexOf", "arraysBinarySearch", 1_000_000, "random", 1.00, "search", 3),
  /**
   * Breadth-first search on the compressed-sparse-row graph against JGraphT's iterator, on a random
   * graph of n vertices and 10 n arcs (a smaller default n: JGraphT's graph of 10⁶ vertices takes
   * gigabytes and minutes to build).
   */
  BFS("bfs", "BreadthFirstSearch, CSR / JGraphT", GraphBenchmark.class, "bfsCsr", "bfsJGraphT", 125_000, null,
      1.00, "bfs", 3);

  private final String slug;
  private final String title;
  private final Class<?> benchmark;
  private final String ours;
  private final String baseline;
  private final int defaultSize;
  private final String shape;
  private final double goal;
  private final String unit;
  private final int defaultRounds;

  HeadlinePair(String slug, String title, Class<?> benchmark, String ours, String baseline, int defaultSize,
      String shape, double goal, String unit, int defaultRounds) {
    this.slug = slug;
    this.title = title;
    this.benchmark = benchmark;
    this.ours = ours;
    this.baseline = baseline;
    this.defaultSize = defaultSize;
    this.shape = shape;
    this.goal = goal;
    this.unit = unit;
    this.defaultRounds = defaultRounds;
  }

  /** The name on the command line, such as {@code quick-sort-objects}. */
  public String slug() {
    return slug;
  }

  /** What is compared, as the table shows it. */
  public String title() {
    return title;
  }

  /** The goal: the pair meets it when ours / baseline is at most this. */
  public double goal() {
    return goal;
  }

  /** The size parameter {@code n} used unless the command line gives one. */
  public int defaultSize() {
    return defaultSize;
  }

  /**
   * The paired rounds run unless the command line says otherwise: 3 (a 75 % interval), and 5 (94 %)
   * for the two pairs that wait on memory, the AVL tree and the heap at n = 10⁶. On the 2-core
   * machine their time per call moved by ±12 % from one fork to the next (the same code, the
   * iterations within a fork within a few percent of each other), where the sorts and the binary
   * search moved by a few percent, so three rounds left their median at the mercy of one fork.
   */
  public int defaultRounds() {
    return defaultRounds;
  }

  /** The input shape parameter, or empty for a benchmark without one. */
  public Optional<String> shape() {
    return Optional.ofNullable(shape);
  }

  /**
   * What one of the {@code n} steps of a benchmark call is, for allocation per step: a call puts
   * (offers, sorts, searches) {@code n} keys, so bytes per call / n is bytes per put (offer,
   * element). The search benchmark reports per search already.
   */
  public String unit() {
    return unit;
  }

  /** How many of {@link #unit()} one benchmark call performs at size {@code n}. */
  public double stepsPerCall(int n) {
    return this == BINARY_SEARCH ? 1 : this == BFS ? 1 : n;
  }

  /** The JMH include pattern selecting exactly our method. */
  public String oursPattern() {
    return pattern(ours);
  }

  /** The JMH include pattern selecting exactly the baseline method. */
  public String baselinePattern() {
    return pattern(baseline);
  }

  private String pattern(String method) {
    return "^" + Pattern.quote(benchmark.getName() + "." + method) + "$";
  }

  /** Looks a pair up by its slug, ignoring case. */
  public static Optional<HeadlinePair> bySlug(String slug) {
    String wanted = slug.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(pair -> pair.slug.equals(wanted)).findFirst();
  }
}
