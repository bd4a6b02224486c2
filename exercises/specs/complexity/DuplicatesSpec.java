package io.github.dsalab.exercises.complexity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dsalab.counting.CountingComparator;
import io.github.dsalab.exercises.support.InputFamily;
import io.github.dsalab.exercises.support.Inputs;
import io.github.dsalab.exercises.support.Workload;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class DuplicatesSpec {
  private static final Comparator<Integer> ORDER = Comparator.naturalOrder();

  @Test
  void findsARepeatedValue() {
    assertEquals(true, Duplicates.containsDuplicate(List.of(3, 1, 4, 1, 5), ORDER));
  }

  @Test
  void distinctValuesHaveNoDuplicate() {
    assertEquals(false, Duplicates.containsDuplicate(List.of(3, 1, 4), ORDER));
    assertEquals(false, Duplicates.containsDuplicate(List.of(), ORDER));
  }

  @Test
  void equalityIsDecidedByTheComparator() {
    Comparator<String> ignoringCase = String.CASE_INSENSITIVE_ORDER;
    assertEquals(true, Duplicates.containsDuplicate(List.of("a", "B", "b"), ignoringCase));
  }

  @Property(tries = 300)
  void agreesWithAHashSet(@ForAll @Size(max = 30) List<@IntRange(min = -40, max = 40) Integer> values) {
    List<Integer> before = new ArrayList<>(values);
    boolean expected = new HashSet<>(values).size() < values.size();
    assertEquals(expected, Duplicates.containsDuplicate(values, ORDER), "containsDuplicate(" + values + ")");
    assertEquals(before, values, "the input list must not be modified");
  }

  /** Comparisons for n distinct integers in each order. */
  @Workload({InputFamily.SHUFFLED, InputFamily.SORTED, InputFamily.REVERSED})
  static long comparisons(InputFamily family, int n) {
    CountingComparator<Integer> order = CountingComparator.naturalOrder();
    Duplicates.containsDuplicate(List.of(Inputs.array(family, n)), order);
    return order.count();
  }
}
