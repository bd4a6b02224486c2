// verdict: failing
// mistake: Takes from the second list on ties (< 0), so equal elements come out in the wrong order.
package io.github.dsalab.exercises.sort;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Reference solution of the merge exercise (the statement is in the stub). */
public final class MergeSorted {
  private MergeSorted() {}

  /**
   * Merges two sorted lists.
   *
   * @param first a sorted list
   * @param second a sorted list
   * @param order the order both lists are in
   * @param <T> the type of elements
   * @return a new sorted list with the elements of both
   */
  public static <T> List<T> merge(List<T> first, List<T> second, Comparator<? super T> order) {
    List<T> merged = new ArrayList<>(first.size() + second.size());
    int i = 0;
    int j = 0;
    // Each comparison moves one element to the output: at most n - 1 comparisons.
    while (i < first.size() && j < second.size()) {
      if (order.compare(first.get(i), second.get(j)) < 0) {
        merged.add(first.get(i++));
      } else {
        merged.add(second.get(j++));
      }
    }
    merged.addAll(first.subList(i, first.size()));
    merged.addAll(second.subList(j, second.size()));
    return merged;
  }
}
