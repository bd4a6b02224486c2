package io.github.dsalab.exercises.complexity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class PermutationsSpec {
  @Test
  void ordersThreeItemsInSixWays() {
    assertEquals(Set.of(List.of(1, 2, 3), List.of(1, 3, 2), List.of(2, 1, 3), List.of(2, 3, 1),
        List.of(3, 1, 2), List.of(3, 2, 1)), new HashSet<>(Permutations.permutations(List.of(1, 2, 3))));
  }

  @Test
  void thereIsOneWayToOrderNothing() {
    assertEquals(List.of(List.of()), Permutations.permutations(List.of()));
  }

  @Property(tries = 50)
  void returnsEachOrderingExactlyOnce(@ForAll @Size(max = 6) Set<@IntRange(min = 0, max = 9) Integer> distinct) {
    List<Integer> items = new ArrayList<>(distinct);
    List<List<Integer>> result = Permutations.permutations(items);
    int factorial = 1;
    for (int k = 2; k <= items.size(); k++) {
      factorial *= k;
    }
    assertEquals(factorial, result.size(), "number of orderings of " + items);
    assertEquals(factorial, new HashSet<>(result).size(), "distinct orderings of " + items);
    for (List<Integer> ordering : result) {
      List<Integer> sorted = new ArrayList<>(ordering);
      sorted.sort(null);
      List<Integer> expected = new ArrayList<>(items);
      expected.sort(null);
      assertEquals(expected, sorted, "each ordering holds every item once: " + ordering);
    }
  }
}
