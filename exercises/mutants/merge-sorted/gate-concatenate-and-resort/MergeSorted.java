// verdict: shortcut
// mistake: Joins the two lists and sorts them again instead of merging.
// gate: promise
// Joins the lists and sorts them again (the JDK's stable merge sort finds the two runs, so the
// count stays near-linear and the gate's families alone would miss it).
package io.github.dsalab.exercises.sort;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

public final class MergeSorted {
  private MergeSorted() {}

  public static <T> List<T> merge(List<T> first, List<T> second, Comparator<? super T> order) {
    List<T> merged = new ArrayList<>(first);
    merged.addAll(second);
    merged.sort(order);
    return merged;
  }
}
