package io.github.dsalab.lab.counts;

import io.github.dsalab.complexity.ComplexityClass;
import io.github.dsalab.counting.CountingComparator;
import io.github.dsalab.lab.inputs.InputShape;
import io.github.dsalab.lab.inputs.Inputs;
import io.github.dsalab.lab.inputs.Seeds;
import io.github.dsalab.lab.inputs.Sizes;
import io.github.dsalab.lab.results.CountExperiment;
import io.github.dsalab.lab.results.TimingSpec;
import io.github.dsalab.sort.QuicksortAdversary;
import io.github.dsalab.sort.SortAlgorithm;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The sorting topic's count experiments: comparisons made by each {@link SortAlgorithm} on every
 * input shape, counted by a {@link CountingComparator} handed to the sort, plus quick sort against
 * McIlroy's adversary.
 */
public final class SortCounts {
  /** 16 … 4096: nine doubling sizes, a 256× span, small enough for the quadratic sorts. */
  static final List<Integer> QUADRATIC_SIZES = Sizes.doubling(16, 9);
  /** 256 … 65536: nine doubling sizes for the O(n log n) and O(n) rows. */
  static final List<Integer> FAST_SIZES = Sizes.doubling(256, 9);
  /**
   * Timed sizes for the quadratic sorts, 256 … 8192: one call of bubble sort on 8192 random keys
   * (33 million comparisons) takes about 0.1 s, long enough to time and short enough to repeat.
   */
  static final List<Integer> QUADRATIC_TIMED = Sizes.doubling(256, 6);
  /**
   * Timed sizes for the O(n log n) sorts, 3 907 … 125 024 (boxed keys: 76 KiB … 2.4 MiB). They stop
   * below about 4 MiB, where a random memory read on the lab's machine jumps from ~20 ns to ~140 ns
   * (the measured latency curve the lab prints): with sizes up to 500 000 the cost per comparison
   * rose ×2–3 across that jump and the timing verdict changed from run to run.
   */
  static final List<Integer> FAST_TIMED = Sizes.doubling(3907, 6);
  /** A boxed Integer in an array: a 4-byte reference plus a 16-byte object. */
  static final int BYTES_PER_BOXED_INT = 20;

  private SortCounts() {}

  static List<CountExperiment> experiments() {
    List<CountExperiment> rows = new ArrayList<>();
    ComplexityClass n = ComplexityClass.LINEAR;
    ComplexityClass nLogN = ComplexityClass.N_LOG_N;
    ComplexityClass n2 = ComplexityClass.QUADRATIC;
    add(rows, SortAlgorithm.BUBBLE, "bubble sort", InputShape.RANDOM, n2,
        "about n²/2 comparisons: passes continue while anything moved");
    add(rows, SortAlgorithm.BUBBLE, "bubble sort", InputShape.SORTED, n,
        "one pass with no swap, n − 1 comparisons, then it stops");
    add(rows, SortAlgorithm.BUBBLE, "bubble sort", InputShape.REVERSED, n2,
        "every pass moves one element into place: n(n−1)/2 comparisons");
    add(rows, SortAlgorithm.BUBBLE, "bubble sort", InputShape.FEW_DISTINCT, n2,
        "random order among 8 values still has ~n²/4 inversions to undo");
    for (InputShape shape : List.of(InputShape.RANDOM, InputShape.SORTED, InputShape.REVERSED, InputShape.FEW_DISTINCT)) {
      add(rows, SortAlgorithm.SELECTION, "selection sort", shape, n2,
          "exactly n(n−1)/2 comparisons on every input: it always scans the rest");
    }
    add(rows, SortAlgorithm.INSERTION, "insertion sort", InputShape.RANDOM, n2,
        "n − 1 + (inversions) comparisons, and random input has ~n²/4 inversions");
    add(rows, SortAlgorithm.INSERTION, "insertion sort", InputShape.SORTED, n,
        "no inversions: one comparison per element");
    add(rows, SortAlgorithm.INSERTION, "insertion sort", InputShape.REVERSED, n2,
        "every pair is an inversion: n(n−1)/2 comparisons");
    add(rows, SortAlgorithm.INSERTION, "insertion sort", InputShape.FEW_DISTINCT, n2,
        "8 values in random order still leave ~(7/8)·n²/4 inversions");
    add(rows, SortAlgorithm.MERGE, "merge sort", InputShape.RANDOM, nLogN,
        "log₂ n levels of merging, up to n comparisons per level");
    add(rows, SortAlgorithm.MERGE, "merge sort", InputShape.SORTED, n,
        "every merge is skipped (halves already in order): about n comparisons");
    add(rows, SortAlgorithm.MERGE, "merge sort", InputShape.REVERSED, nLogN,
        "each merge still compares every element of one half: (n/2) log₂ n");
    add(rows, SortAlgorithm.MERGE, "merge sort", InputShape.FEW_DISTINCT, nLogN,
        "merging does not profit from duplicates: log₂ n levels of ~n comparisons");
    add(rows, SortAlgorithm.QUICK, "quick sort", InputShape.RANDOM, nLogN,
        "balanced partitions on average: ~1.7 n ln n comparisons");
    add(rows, SortAlgorithm.QUICK, "quick sort", InputShape.SORTED, nLogN,
        "pivots sampled from the middle split sorted input evenly");
    add(rows, SortAlgorithm.QUICK, "quick sort", InputShape.REVERSED, nLogN,
        "pivots sampled from the middle split reversed input evenly");
    add(rows, SortAlgorithm.QUICK, "quick sort", InputShape.FEW_DISTINCT, n,
        "equal pivots trigger three-way partitioning: each of the 8 values is set aside after"
            + " O(n) work, O(n log k) in all for k values");
    rows.add(new CountExperiment("sort", "quick sort", InputShape.ADVERSARIAL, nLogN, "comparisons",
        "McIlroy's adversary makes every pivot bad; the introsort depth limit hands the range to"
            + " heap sort, so it stays O(n log n) (a plain quicksort would take ~n²/2)",
        CountExperiment.oneSize(FAST_SIZES), SortCounts::adversarialQuickSort, timing(SortAlgorithm.QUICK, false)));
    for (InputShape shape : List.of(InputShape.RANDOM, InputShape.SORTED, InputShape.REVERSED, InputShape.FEW_DISTINCT)) {
      add(rows, SortAlgorithm.HEAP, "heap sort", shape, nLogN,
          shape == InputShape.FEW_DISTINCT
              ? "each removed maximum is replaced by a small leaf that sinks to the bottom: 2 log₂ n each"
              : "O(n) heap construction, then n removals of ≤ 2 log₂ n comparisons each");
    }
    return rows;
  }

  private static void add(List<CountExperiment> rows, SortAlgorithm algorithm, String name, InputShape shape,
      ComplexityClass expected, String why) {
    boolean quadratic = expected == ComplexityClass.QUADRATIC || algorithm == SortAlgorithm.BUBBLE
        || algorithm == SortAlgorithm.SELECTION || algorithm == SortAlgorithm.INSERTION;
    List<Integer> sizes = quadratic ? QUADRATIC_SIZES : FAST_SIZES;
    rows.add(new CountExperiment("sort", name, shape, expected, "comparisons", why, CountExperiment.oneSize(sizes),
        (size, unused) -> comparisons(algorithm, shape, size), timing(algorithm, quadratic)));
  }

  /**
   * Every sort is timed on boxed keys with a comparator, the work its comparisons are counted on,
   * against {@code Arrays.sort(T[], cmp)} (TimSort) on the same keys.
   */
  static TimingSpec timing(SortAlgorithm algorithm, boolean quadratic) {
    return TimingSpec.of(algorithm.name().toLowerCase(java.util.Locale.ROOT) + "-sort", "jdk-sort",
        "Arrays.sort(T[], cmp)", quadratic ? QUADRATIC_TIMED : FAST_TIMED, BYTES_PER_BOXED_INT);
  }

  /** Comparisons {@code algorithm} makes sorting n boxed ints of the given shape. */
  static long comparisons(SortAlgorithm algorithm, InputShape shape, int n) {
    Integer[] input = Inputs.boxed(shape, n, Seeds.labInputs());
    CountingComparator<Integer> comparator = CountingComparator.of(Comparator.<Integer>naturalOrder());
    algorithm.sort(input, comparator);
    return comparator.count();
  }

  /** Comparisons quick sort makes against McIlroy's adversary on n items. */
  static long adversarialQuickSort(int n, int unused) {
    QuicksortAdversary adversary = new QuicksortAdversary(n);
    CountingComparator<Integer> comparator = CountingComparator.of(adversary);
    SortAlgorithm.QUICK.sort(adversary.items(), comparator);
    return comparator.count();
  }
}
