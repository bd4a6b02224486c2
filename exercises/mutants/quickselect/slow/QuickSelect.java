// verdict: too-slow
// mistake: Runs k + 1 passes of selection sort instead of partitioning: O(n·k), O(n²) for the median.
package io.github.dsalab.exercises.sort;

import java.util.Comparator;
import java.util.Objects;

/** Correct but slow: k + 1 passes of selection sort, O(n·k), O(n²) for the median. The gate must reject it. */
public final class QuickSelect {
  private QuickSelect() {}

  public static <T> T kthSmallest(T[] values, int k, Comparator<? super T> order) {
    Objects.checkIndex(k, values.length);
    for (int i = 0; i <= k; i++) {
      int smallest = i;
      for (int j = i + 1; j < values.length; j++) {
        if (order.compare(values[j], values[smallest]) < 0) {
          smallest = j;
        }
      }
      T swap = values[i];
      values[i] = values[smallest];
      values[smallest] = swap;
    }
    return values[k];
  }
}
