package io.github.dsalab.exercises.sort;

import io.github.dsalab.exercises.support.InputFamily;
import io.github.dsalab.exercises.support.Inputs;
import io.github.dsalab.exercises.support.SearchWorkload;
import io.github.dsalab.exercises.support.SortContract;
import io.github.dsalab.exercises.support.Sorter;
import io.github.dsalab.exercises.support.Workload;

class HeapSortSpec extends SortContract {
  @Override
  protected Sorter sorter() {
    return HeapSort::sort;
  }

  @Override
  protected boolean mustBeStable() {
    return false;
  }

  /** Comparisons to sort an array of n integers of each family (see {@link Inputs#array}). */
  @Workload({InputFamily.SHUFFLED, InputFamily.SORTED, InputFamily.REVERSED, InputFamily.FEW_DISTINCT})
  static long comparisons(InputFamily family, int n) {
    return Sorter.countComparisons(HeapSort::sort, Inputs.array(family, n));
  }

  /** Comparisons to sort a copy of {@code values}, for the gate's search for bad inputs. */
  @SearchWorkload
  static long comparisons(Integer[] values) {
    return Sorter.countComparisons(HeapSort::sort, values);
  }
}
