// verdict: failing
// mistake: Joins the two lists and insertion-sorts the result instead of merging: O(n²) on interleaved input.
package io.github.dsalab.exercises.sort;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Correct but slow: joins the lists, then insertion sorts (stably), O(n²) on interleaved input. The gate must reject it. */
public final class MergeSorted {
  private MergeSorted() {}

  public static <T> List<T> merge(List<T> first, List<T> second, Comparator<? super T> order) {
    List<T> merged = new ArrayList<>(first);
    merged.addAll(second);
    for (int i = 1; i < merged.size(); i++) {
      T value = merged.get(i);
      int j = i;
      while (j > 0 && order.compare(merged.get(j - 1), value) > 0) {
        merged.set(j, merged.get(j - 1));
        j--;
      }
      merged.set(j, value);
    }
    return merged;
  }
}
