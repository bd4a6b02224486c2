package io.github.dsalab.lab.counts;

import io.github.dsalab.lab.results.TimingSpec;
import io.github.dsalab.sort.SortAlgorithm;
import java.util.List;

/**
 * Which {@code SortBenchmark} method times which sort, and against which JDK baseline. The
 * O(n log n) sorts are timed; the quadratic ones have no benchmark (at sizes where their growth
 * shows, one run takes seconds), so their rows are counted only.
 */
public final class SortBenchmarkNames {
  /** A boxed Integer in an array: a 4-byte reference plus a 16-byte object. */
  static final int BYTES_PER_BOXED_INT = 20;

  private SortBenchmarkNames() {}

  /** The timing of {@code algorithm}'s row, or null when no benchmark times it. */
  static TimingSpec timing(SortAlgorithm algorithm, List<Integer> sizes) {
    switch (algorithm) {
      case QUICK:
        // int[]: the case Arrays.sort(int[]) (dual-pivot quicksort) is built for.
        return TimingSpec.of("SortBenchmark", "quickSortInts", "jdkSortInts",
            "Arrays.sort(int[])", sizes, Integer.BYTES);
      case MERGE:
        // Objects: Arrays.sort(T[], cmp) is the JDK's stable merge sort (TimSort).
        return TimingSpec.of("SortBenchmark", "mergeSortObjects", "jdkSortObjects",
            "Arrays.sort(Integer[])", sizes, BYTES_PER_BOXED_INT);
      case HEAP:
        return TimingSpec.of("SortBenchmark", "heapSortInts", "jdkSortInts",
            "Arrays.sort(int[])", sizes, Integer.BYTES);
      default:
        return null;
    }
  }
}
