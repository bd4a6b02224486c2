package io.github.dsalab.exercises.sort;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dsalab.exercises.support.Adversary;
import io.github.dsalab.exercises.support.InputFamily;
import io.github.dsalab.exercises.support.Inputs;
import io.github.dsalab.exercises.support.SearchWorkload;
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

  /** Comparisons to sort an array of n integers of each family (see {@link Inputs#array}). */
  @Workload({InputFamily.SHUFFLED, InputFamily.SORTED, InputFamily.REVERSED, InputFamily.FEW_DISTINCT, InputFamily.ALL_EQUAL})
  static long comparisons(InputFamily family, int n) {
    return Sorter.countComparisons(QuickSort::sort, Inputs.array(family, n));
  }

  /** Comparisons to sort the input an adversary built against this very sort. */
  @Workload(InputFamily.ADVERSARY)
  static long adversary(int n) {
    return Sorter.countComparisons(QuickSort::sort, Adversary.against(n, QuickSort::sort));
  }

  /** Comparisons to sort a copy of {@code values}, for the gate's search for bad inputs. */
  @SearchWorkload
  static long comparisons(Integer[] values) {
    return Sorter.countComparisons(QuickSort::sort, values);
  }
}
