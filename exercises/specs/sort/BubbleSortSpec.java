package io.github.dsalab.exercises.sort;

import io.github.dsalab.counting.CountingComparator;
import io.github.dsalab.exercises.support.Inputs;
import io.github.dsalab.exercises.support.SortContract;
import io.github.dsalab.exercises.support.Sorter;
import io.github.dsalab.exercises.support.Workload;

class BubbleSortSpec extends SortContract {
  @Override
  protected Sorter sorter() {
    return BubbleSort::sort;
  }

  @Override
  protected boolean mustBeStable() {
    return true;
  }

  /** Comparisons to sort an already sorted array of n elements. */
  @Workload
  static long comparisons(int n) {
    CountingComparator<Integer> order = CountingComparator.naturalOrder();
    BubbleSort.sort(Inputs.ascending(n), order);
    return order.count();
  }
}
