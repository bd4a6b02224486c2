package io.github.dsalab.exercises.sort;

import io.github.dsalab.counting.CountingComparator;
import io.github.dsalab.exercises.support.Inputs;
import io.github.dsalab.exercises.support.SortContract;
import io.github.dsalab.exercises.support.Sorter;
import io.github.dsalab.exercises.support.Workload;

class MergeSortSpec extends SortContract {
  @Override
  protected Sorter sorter() {
    return MergeSort::sort;
  }

  @Override
  protected boolean mustBeStable() {
    return true;
  }

  /** Comparisons to sort a shuffled array of n distinct integers. */
  @Workload
  static long comparisons(int n) {
    CountingComparator<Integer> order = CountingComparator.naturalOrder();
    MergeSort.sort(Inputs.shuffled(n), order);
    return order.count();
  }
}
