package io.github.dsalab.exercises.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dsalab.counting.CountingComparator;
import io.github.dsalab.exercises.support.InputFamily;
import io.github.dsalab.exercises.support.Inputs;
import io.github.dsalab.exercises.support.Workload;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class RotatedSearchSpec {
  private static final Comparator<Integer> ORDER = Comparator.naturalOrder();
  private static final Integer[] EXAMPLE = {7, 9, 1, 3, 5};

  @Test
  void findsAKeyAfterTheRotationPoint() {
    assertEquals(OptionalInt.of(3), RotatedSearch.indexOf(EXAMPLE, 3, ORDER));
  }

  @Test
  void findsAKeyBeforeTheRotationPoint() {
    assertEquals(OptionalInt.of(1), RotatedSearch.indexOf(EXAMPLE, 9, ORDER));
  }

  @Test
  void reportsAnAbsentKeyAsEmpty() {
    assertEquals(OptionalInt.empty(), RotatedSearch.indexOf(EXAMPLE, 8, ORDER));
    assertEquals(OptionalInt.empty(), RotatedSearch.indexOf(new Integer[0], 8, ORDER));
  }

  @Test
  void worksWithoutRotation() {
    assertEquals(OptionalInt.of(0), RotatedSearch.indexOf(new Integer[] {1, 3, 5}, 1, ORDER));
  }

  /** Every rotation of every short array, every key in and between them: small cases hide off-by-ones. */
  @Test
  void findsEveryKeyOfEveryRotationOfShortArrays() {
    for (int n = 0; n <= 8; n++) {
      for (int rotation = 0; rotation < Math.max(1, n); rotation++) {
        List<Integer> rotated = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          rotated.add(2 * i);
        }
        Collections.rotate(rotated, -rotation);
        Integer[] array = rotated.toArray(new Integer[0]);
        for (int key = -1; key <= 2 * n; key++) {
          int expected = rotated.indexOf(key);
          assertEquals(expected < 0 ? OptionalInt.empty() : OptionalInt.of(expected),
              RotatedSearch.indexOf(array, key, ORDER), "indexOf(" + rotated + ", " + key + ")");
        }
      }
    }
  }

  @Property(tries = 400)
  void findsEveryKeyOfAnyRotation(@ForAll @Size(max = 20) List<@IntRange(min = 0, max = 40) Integer> values,
      @ForAll @IntRange(min = 0, max = 19) int rotation, @ForAll @IntRange(min = -1, max = 41) int key) {
    List<Integer> rotated = new ArrayList<>(new TreeSet<>(values));
    Collections.rotate(rotated, rotated.isEmpty() ? 0 : -(rotation % rotated.size()));
    int expected = rotated.indexOf(key);
    assertEquals(expected < 0 ? OptionalInt.empty() : OptionalInt.of(expected),
        RotatedSearch.indexOf(rotated.toArray(new Integer[0]), key, ORDER),
        "indexOf(" + rotated + ", " + key + ")");
  }

  /** Comparisons for 32 searches in {@code 0, 2, 4, ...} rotated by n/3 ({@code ROTATED}) or not at all. */
  @Workload({InputFamily.ROTATED, InputFamily.SORTED})
  static long comparisons(InputFamily family, int n) {
    List<Integer> rotated = new ArrayList<>(List.of(Inputs.ascending(n)));
    Collections.rotate(rotated, family == InputFamily.ROTATED ? n / 3 : 0);
    Integer[] array = rotated.toArray(new Integer[0]);
    CountingComparator<Integer> order = CountingComparator.naturalOrder();
    for (int i = 0; i < 32; i++) {
      RotatedSearch.indexOf(array, (int) ((2L * n * i) / 32) + (i & 1), order);
    }
    return order.count();
  }
}
