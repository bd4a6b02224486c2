package io.github.dsalab.exercises.sort;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dsalab.counting.CountingComparator;
import io.github.dsalab.exercises.support.Inputs;
import io.github.dsalab.exercises.support.SortContract;
import io.github.dsalab.exercises.support.Sorter;
import io.github.dsalab.exercises.support.Stress;
import io.github.dsalab.exercises.support.Workload;
import java.util.Arrays;
import java.util.Comparator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class QuickSortSpec extends SortContract {
  @Override
  protected Sorter sorter() {
    return QuickSort::sort;
  }

  @Override
  protected boolean mustBeStable() {
    return false;
  }

  @Test
  @Tag(Stress.TAG)
  void sortsManySortedElementsQuickly() {
    Integer[] values = Inputs.ascending(200_000);
    Integer[] expected = values.clone();
    QuickSort.sort(values, Comparator.naturalOrder());
    assertArrayEquals(expected, values);
  }

  @Test
  @Tag(Stress.TAG)
  void sortsManyEqualElementsQuickly() {
    Integer[] values = new Integer[200_000];
    Arrays.fill(values, 7);
    QuickSort.sort(values, Comparator.naturalOrder());
    assertEquals(200_000, Arrays.stream(values).filter(v -> v == 7).count());
  }

  /** Comparisons to sort a shuffled array of n distinct integers. */
  @Workload
  static long comparisons(int n) {
    CountingComparator<Integer> order = CountingComparator.naturalOrder();
    QuickSort.sort(Inputs.shuffled(n), order);
    return order.count();
  }
}
