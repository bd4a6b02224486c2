// verdict: failing
// mistake: Sizes the PriorityQueue by the number of lists, which throws when there are none.
package io.github.dsalab.exercises.heap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/** Reference solution of the merge-k-sorted-lists exercise (the statement is in the stub). */
public final class MergeKSorted {
  private MergeKSorted() {}

  /**
   * Merges sorted lists.
   *
   * @param lists sorted lists
   * @param order the order of every list
   * @param <T> the type of elements
   * @return a new sorted list with every element
   */
  public static <T> List<T> mergeK(List<List<T>> lists, Comparator<? super T> order) {
    // Each entry is {list, position}; the heap orders entries by the element they point at.
    PriorityQueue<int[]> heads = new PriorityQueue<>(lists.size(),
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
