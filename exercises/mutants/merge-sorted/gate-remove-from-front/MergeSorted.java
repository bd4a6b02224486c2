// verdict: too-slow
// mistake: Takes each head with ArrayList.remove(0), which copies the rest every time.
// gate: interleaved (timed)
// n - 1 comparisons at most, as promised, but each remove(0) from an ArrayList copies the rest
// of it: O(n²) copying that no comparison counter sees.
package io.github.dsalab.exercises.sort;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

public final class MergeSorted {
  private MergeSorted() {}

  public static <T> List<T> merge(List<T> first, List<T> second, Comparator<? super T> order) {
    List<T> a = new ArrayList<>(first);
    List<T> b = new ArrayList<>(second);
    List<T> merged = new ArrayList<>();
    while (!a.isEmpty() && !b.isEmpty()) {
      merged.add(order.compare(a.get(0), b.get(0)) <= 0 ? a.remove(0) : b.remove(0));
    }
    merged.addAll(a);
    merged.addAll(b);
    return merged;
  }
}
