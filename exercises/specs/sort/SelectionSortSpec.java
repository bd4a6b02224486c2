package io.github.dsalab.exercises.sort;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dsalab.exercises.support.InputFamily;
import io.github.dsalab.exercises.support.Inputs;
import io.github.dsalab.exercises.support.SortContract;
import io.github.dsalab.exercises.support.Sorter;
import io.github.dsalab.exercises.support.Workload;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class SelectionSortSpec extends SortContract {
  @Override
  protected Sorter sorter() {
    return SelectionSort::sort;
  }

  @Override
  protected boolean mustBeStable() {
    return false;
  }

  /**
   * The statement promises n(n-1)/2 comparisons exactly, on every input.
   *
   * @param values the input
   */
  @Property(tries = 100)
  void makesExactlyNTimesNMinusOneOverTwoComparisons(
      @ForAll @Size(max = 40) List<@IntRange(min = -10, max = 10) Integer> values) {
    long n = values.size();
    long counted = Sorter.countComparisons(SelectionSort::sort, values.toArray(new Integer[0]));
    assertEquals(n * (n - 1) / 2, counted, "the statement promises n(n-1)/2 = " + n * (n - 1) / 2
        + " comparisons for n = " + n + " (input " + values + "); counted " + counted);
  }

  /** Comparisons to sort an array of n integers of each family (see {@link Inputs#array}). */
  @Workload({InputFamily.SHUFFLED, InputFamily.SORTED, InputFamily.REVERSED})
  static long comparisons(InputFamily family, int n) {
    return Sorter.countComparisons(SelectionSort::sort, Inputs.array(family, n));
  }
}
