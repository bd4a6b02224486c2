// verdict: too-slow
// mistake: Scans every list's head for each output element instead of keeping the heads in a heap: O(N·k).
package io.github.dsalab.exercises.heap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Correct but slow: scans every list's head for each output element, O(N·k). The gate must reject it. */
public final class MergeKSorted {
  private MergeKSorted() {}

  public static <T> List<T> mergeK(List<List<T>> lists, Comparator<? super T> order) {
    int[] position = new int[lists.size()];
    List<T> merged = new ArrayList<>();
    while (true) {
      int best = -1;
      for (int i = 0; i < lists.size(); i++) {
        if (position[i] < lists.get(i).size() && (best < 0
            || order.compare(lists.get(i).get(position[i]), lists.get(best).get(position[best])) < 0)) {
          best = i;
        }
      }
      if (best < 0) {
        return merged;
      }
      merged.add(lists.get(best).get(position[best]++));
    }
  }
}
