package io.github.dsalab.exercises.sort;

import io.github.dsalab.exercises.support.InputFamily;
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
  protected boolean promisesOnePassOnSortedInput() {
    return true;
  }

  @Override
  protected boolean mustBeStable() {
    return true;
  }

  /** Comparisons to sort an array of n integers of each family (see {@link Inputs#array}). */
  @Workload({InputFamily.SORTED, InputFamily.ALL_EQUAL})
  static long comparisons(InputFamily family, int n) {
    return Sorter.countComparisons(BubbleSort::sort, Inputs.array(family, n));
  }
}
