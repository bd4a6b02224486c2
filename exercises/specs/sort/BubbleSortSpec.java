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

class BubbleSortSpec extends SortContract {
  @Override
  protected Sorter sorter() {
    return BubbleSort::sort;
  }

  @Override
  protected boolean mustBeStable() {
    return true;
  }

  /**
   * The statement promises one pass on sorted input: n - 1 comparisons exactly.
   *
   * @param values the input, sorted before the call
   */
  @Property(tries = 100)
  void makesExactlyNMinusOneComparisonsOnSortedInput(
      @ForAll @Size(min = 1, max = 60) List<@IntRange(min = -10, max = 10) Integer> values) {
    Integer[] sorted = values.stream().sorted().toArray(Integer[]::new);
    long counted = Sorter.countComparisons(BubbleSort::sort, sorted.clone());
    assertEquals(sorted.length - 1, counted, "the statement promises n - 1 = " + (sorted.length - 1)
        + " comparisons on sorted input " + java.util.Arrays.toString(sorted) + "; counted " + counted);
  }

  /** Comparisons to sort an array of n integers of each family (see {@link Inputs#array}). */
  @Workload({InputFamily.SORTED, InputFamily.ALL_EQUAL})
  static long comparisons(InputFamily family, int n) {
    return Sorter.countComparisons(BubbleSort::sort, Inputs.array(family, n));
  }
}
