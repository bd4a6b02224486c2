// verdict: shortcut
// mistake: Concatenates the lists and sorts them with dsa-core's MergeSort instead of merging.
package io.github.dsalab.exercises.sort;

import io.github.dsalab.sort.MergeSort;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** A wrong solution kept for the checker's own tests; see the mistake line above. */
public final class MergeSorted {
  private MergeSorted() {}

  public static <T> List<T> merge(List<T> first, List<T> second, Comparator<? super T> order) {
    List<T> all = new ArrayList<>(first);
    all.addAll(second);
    @SuppressWarnings("unchecked")
    T[] values = (T[]) all.toArray();
    MergeSort.sort(values, order);
    return new ArrayList<>(Arrays.asList(values));
  }
}
