package io.github.dsalab.exercises.sort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.dsalab.counting.CountingComparator;
import io.github.dsalab.exercises.support.Adversary;
import io.github.dsalab.exercises.support.Budget;
import io.github.dsalab.exercises.support.InputFamily;
import io.github.dsalab.exercises.support.Inputs;
import io.github.dsalab.exercises.support.SearchWorkload;
import io.github.dsalab.exercises.support.Workload;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NotEmpty;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class QuickSelectSpec {
  private static final Comparator<Integer> ORDER = Comparator.naturalOrder();

  @Test
  void findsTheSmallestAndTheMedian() {
    assertEquals(1, QuickSelect.kthSmallest(new Integer[] {7, 1, 5, 3, 9}, 0, ORDER));
    assertEquals(5, QuickSelect.kthSmallest(new Integer[] {7, 1, 5, 3, 9}, 2, ORDER));
  }

  @Test
  void handlesEqualElements() {
    assertEquals(4, QuickSelect.kthSmallest(new Integer[] {4, 4, 4}, 1, ORDER));
  }

  @Test
  void rejectsARankOutsideTheArray() {
    assertThrows(IndexOutOfBoundsException.class, () -> QuickSelect.kthSmallest(new Integer[] {1, 2}, 2, ORDER));
    assertThrows(IndexOutOfBoundsException.class, () -> QuickSelect.kthSmallest(new Integer[] {1, 2}, -1, ORDER));
  }

  @Property(tries = 300)
  void matchesSorting(@ForAll @NotEmpty @Size(max = 30) List<@IntRange(min = 0, max = 15) Integer> values,
      @ForAll @IntRange(min = 0, max = 29) int rank) {
    int k = rank % values.size();
    List<Integer> sorted = new ArrayList<>(values);
    sorted.sort(null);
    assertEquals(sorted.get(k), QuickSelect.kthSmallest(values.toArray(new Integer[0]), k, ORDER),
        "kthSmallest(" + values + ", " + k + ")");
  }

  /**
   * Comparisons for 16 selections of ranks (2j+1)n/32 in arrays of each family (16 different
   * shuffles for {@code SHUFFLED}); a randomised pivot's count varies from run to run, and 16
   * runs keep that noise well below what the fit could mistake for a log factor.
   */
  @Workload({InputFamily.SHUFFLED, InputFamily.SORTED, InputFamily.REVERSED, InputFamily.FEW_DISTINCT})
  static long comparisons(InputFamily family, int n) {
    CountingComparator<Integer> order = CountingComparator.naturalOrder();
    for (int variant = 0; variant < 16; variant++) {
      Integer[] values = family == InputFamily.SHUFFLED ? Inputs.shuffled(n, variant) : Inputs.array(family, n);
      QuickSelect.kthSmallest(values, (2 * variant + 1) * n / 32, Budget.capped(order));
    }
    return order.count();
  }

  /**
   * Comparisons for 16 selections of ranks (2j+1)n/32, each in the input an adversary built
   * against this very quickselect looking for that rank (16 inputs, so that a randomised
   * pivot's luck averages out as it does in the other families).
   */
  @Workload(InputFamily.ADVERSARY)
  static long adversary(int n) {
    CountingComparator<Integer> counting = CountingComparator.naturalOrder();
    for (int variant = 0; variant < 16; variant++) {
      int k = (2 * variant + 1) * n / 32;
      Integer[] values = Adversary.against(n, (input, order) -> QuickSelect.kthSmallest(input, k, order));
      QuickSelect.kthSmallest(values, k, Budget.capped(counting));
    }
    return counting.count();
  }

  /** Comparisons to find the median of a copy of {@code values}, for the gate's search for bad inputs. */
  @SearchWorkload
  static long median(Integer[] values) {
    CountingComparator<Integer> order = CountingComparator.naturalOrder();
    QuickSelect.kthSmallest(values, values.length / 2, order);
    return order.count();
  }
}
