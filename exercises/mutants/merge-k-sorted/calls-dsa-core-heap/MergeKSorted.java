// verdict: shortcut
// mistake: Uses dsa-core's BinaryHeap for the heads instead of the JDK's PriorityQueue or its own heap.
package io.github.dsalab.exercises.heap;

import io.github.dsalab.heap.BinaryHeap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A wrong solution kept for the checker's own tests; see the mistake line above. */
public final class MergeKSorted {
  private MergeKSorted() {}

  public static <T> List<T> mergeK(List<List<T>> lists, Comparator<? super T> order) {
    BinaryHeap<int[]> heads = new BinaryHeap<>(
        (x, y) -> order.compare(lists.get(x[0]).get(x[1]), lists.get(y[0]).get(y[1])));
    for (int i = 0; i < lists.size(); i++) {
      if (!lists.get(i).isEmpty()) {
        heads.add(new int[] {i, 0});
      }
    }
    List<T> merged = new ArrayList<>();
    while (!heads.isEmpty()) {
      int[] head = heads.poll();
      List<T> list = lists.get(head[0]);
      merged.add(list.get(head[1]));
      if (head[1] + 1 < list.size()) {
        heads.add(new int[] {head[0], head[1] + 1});
      }
    }
    return merged;
  }
}
