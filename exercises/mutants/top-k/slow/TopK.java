// verdict: too-slow
// mistake: Sorts all the values and takes the first k: O(n log n) instead of O(n log k).
package io.github.dsalab.exercises.heap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Correct but slow: sorts everything, O(n log n). The gate must reject it. */
public final class TopK {
  private TopK() {}

  public static <T> List<T> topK(List<T> values, int k, Comparator<? super T> order) {
    if (k < 0) {
      throw new IllegalArgumentException("negative k");
    }
    List<T> sorted = new ArrayList<>(values);
    sorted.sort(order.reversed());
    return new ArrayList<>(sorted.subList(0, Math.min(k, sorted.size())));
  }
}
