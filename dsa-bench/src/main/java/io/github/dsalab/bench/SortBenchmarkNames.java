package io.github.dsalab.bench;

import io.github.dsalab.sort.SortAlgorithm;
import java.util.Locale;

/** Which {@code SortBenchmark} method times which sort, and its JDK baseline. */
final class SortBenchmarkNames {
  private SortBenchmarkNames() {}

  static String method(SortAlgorithm algorithm) {
    String name = algorithm.name().toLowerCase(Locale.ROOT);
    return name + "Sort";
  }

  static String baseline(SortAlgorithm algorithm) {
    return "jdkSort";
  }

  static String baselineName(SortAlgorithm algorithm) {
    return "Arrays.sort";
  }
}
