package io.github.dsalab.lab.counts;

import io.github.dsalab.complexity.ComplexityClass;
import io.github.dsalab.counting.CountingComparator;
import io.github.dsalab.counting.CountingIntPredicate;
import io.github.dsalab.lab.inputs.InputShape;
import io.github.dsalab.lab.inputs.Inputs;
import io.github.dsalab.lab.inputs.Seeds;
import io.github.dsalab.lab.inputs.Sizes;
import io.github.dsalab.lab.results.CountExperiment;
import io.github.dsalab.lab.results.TimingSpec;
import io.github.dsalab.search.BinarySearch;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The searching topic's count experiments: the average number of comparisons (or predicate
 * calls) per binary search over a fixed batch of queries. Each step halves the interval, so the
 * count grows like log₂ n — the slowest growth the lab shows, which is why these rows span a
 * wider range of sizes.
 */
public final class SearchCounts {
  /**
   * Queries per size, and per timed call of the search workloads. Enough to make the average per
   * search smooth, and too many for the processor's branch predictor to learn: the same searches
   * are repeated call after call when they are timed, and with 1,024 of them a range search of
   * 2¹⁰ … 2²² took 1.4 ns per step against 4.1 ns for fresh searches (the predictor had learnt the
   * sequence), so the cost per step seemed to double at 2³⁰, where it no longer could. With 8,192
   * and 16,384 searches every range took 4.0–4.3 ns per step (a plain Java loop over the six timed
   * ranges, 2026-12-01).
   */
  public static final int QUERIES = 16_384;
  /** 16 … 2¹⁸: fifteen doublings, so the logarithm climbs from 4 to 18. */
  static final List<Integer> ARRAY_SIZES = Sizes.doubling(16, 15);
  /** 16 … 2³⁰ for {@code firstTrue}, which needs no array. */
  static final List<Integer> RANGE_SIZES = Sizes.doubling(16, 27);
  /** Timed sizes: 15 625 … 10⁶ boxed keys (305 KiB … 19 MiB, so the caches have their say). */
  static final List<Integer> TIMED = Sizes.doubling(15625, 7);
  /** Timed ranges for {@code firstTrue}: 2¹⁰ … 2³⁰, no data at all. */
  static final List<Integer> RANGE_TIMED = Sizes.doubling(1024, 6, 16);
  /** A sorted boxed key: a 4-byte reference plus a 16-byte Integer. */
  static final int BYTES_PER_BOXED_INT = 20;

  private SearchCounts() {}

  static List<CountExperiment> experiments() {
    List<CountExperiment> rows = new ArrayList<>();
    rows.add(new CountExperiment("search", "binary search", InputShape.RANDOM, ComplexityClass.LOGARITHMIC, "comparisons in " + QUERIES + " searches",
        "indexOf on a sorted array of n distinct values: each comparison halves the interval, ~log₂ n in all",
        CountExperiment.oneSize(ARRAY_SIZES), (n, unused) -> indexOfComparisons(n),
        TimingSpec.of("binary-search", "jdk-binary-search", "Arrays.binarySearch(T[], key, cmp)", TIMED,
            BYTES_PER_BOXED_INT)));
    rows.add(new CountExperiment("search", "binary search", InputShape.FEW_DISTINCT, ComplexityClass.LOGARITHMIC,
        "comparisons in " + QUERIES + " searches",
        "lowerBound among long runs of equal values: still one halving per comparison",
        CountExperiment.oneSize(ARRAY_SIZES), (n, unused) -> lowerBoundComparisons(n),
        TimingSpec.of("binary-search", null, null, TIMED, BYTES_PER_BOXED_INT)));
    rows.add(new CountExperiment("search", "first true", InputShape.RANDOM, ComplexityClass.LOGARITHMIC, "predicate calls in " + QUERIES + " searches",
        "binary search on the answer over [0, n): one predicate call per halving, whatever the range",
        CountExperiment.oneSize(RANGE_SIZES), (n, unused) -> firstTrueCalls(n),
        TimingSpec.of("first-true", null, null, RANGE_TIMED, 0)));
    return rows;
  }

  /**
   * Total comparisons of {@value #QUERIES} {@code BinarySearch.indexOf} searches on n sorted values,
   * half of them for present keys and half for absent ones. Every size runs the same number of
   * searches, so the total grows exactly like the cost of one search.
   */
  static long indexOfComparisons(int n) {
    Integer[] sorted = new Integer[n];
    for (int i = 0; i < n; i++) {
      sorted[i] = 2 * i; // even values present, odd values absent
    }
    int[] picks = Inputs.randomIndices(QUERIES, n, Seeds.labInputs());
    CountingComparator<Integer> comparator = CountingComparator.of(Comparator.<Integer>naturalOrder());
    for (int q = 0; q < QUERIES; q++) {
      int key = 2 * picks[q] + (q & 1);
      BinarySearch.indexOf(sorted, key, comparator);
    }
    return comparator.count();
  }

  /** Total comparisons of {@value #QUERIES} {@code lowerBound} searches among few distinct values. */
  static long lowerBoundComparisons(int n) {
    Integer[] sorted = Inputs.boxed(InputShape.FEW_DISTINCT, n, Seeds.labInputs());
    java.util.Arrays.sort(sorted);
    int[] keys = Inputs.randomIndices(QUERIES, Inputs.FEW_DISTINCT_VALUES + 1, Seeds.labInputs());
    CountingComparator<Integer> comparator = CountingComparator.of(Comparator.<Integer>naturalOrder());
    for (int key : keys) {
      BinarySearch.lowerBound(sorted, key, comparator);
    }
    return comparator.count();
  }

  /** Total predicate calls of {@value #QUERIES} {@code firstTrue} searches over {@code [0, n)}. */
  static long firstTrueCalls(int n) {
    int[] targets = Inputs.randomIndices(QUERIES, n, Seeds.labInputs());
    long calls = 0;
    for (int target : targets) {
      CountingIntPredicate predicate = CountingIntPredicate.of(x -> x >= target);
      BinarySearch.firstTrue(0, n, predicate);
      calls += predicate.count();
    }
    return calls;
  }
}
