package io.github.dsalab.exercises.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.dsalab.counting.CountingLongPredicate;
import io.github.dsalab.exercises.support.InputFamily;
import io.github.dsalab.exercises.support.Stress;
import io.github.dsalab.exercises.support.Workload;
import java.util.OptionalLong;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class FirstBadVersionSpec {
  @Test
  void findsTheFirstBadVersion() {
    assertEquals(OptionalLong.of(7), FirstBadVersion.firstBad(1, 10, v -> v >= 7));
  }

  @Test
  void theFirstVersionCanBeBad() {
    assertEquals(OptionalLong.of(1), FirstBadVersion.firstBad(1, 10, v -> true));
  }

  @Test
  void noBadVersionGivesEmpty() {
    assertEquals(OptionalLong.empty(), FirstBadVersion.firstBad(1, 10, v -> false));
  }

  @Test
  void worksNearTheLargestLong() {
    long last = Long.MAX_VALUE - 1;
    assertEquals(OptionalLong.of(last - 3), FirstBadVersion.firstBad(last - 100, last, v -> v >= last - 3));
  }

  @Test
  @Tag(Stress.TAG)
  void searchesAllLongVersionsQuickly() {
    long last = Long.MAX_VALUE - 1;
    assertEquals(OptionalLong.of(1L << 61), FirstBadVersion.firstBad(0, last, v -> v >= 1L << 61));
  }

  @Test
  void rejectsAnEmptyRange() {
    assertThrows(IllegalArgumentException.class, () -> FirstBadVersion.firstBad(5, 4, v -> true));
  }

  @Property(tries = 300)
  void findsTheFirstTrue(@ForAll @LongRange(min = -50, max = 50) long first,
      @ForAll @LongRange(min = 0, max = 60) long length, @ForAll @LongRange(min = -60, max = 120) long bad) {
    long last = first + length;
    OptionalLong expected = bad > last ? OptionalLong.empty() : OptionalLong.of(Math.max(first, bad));
    assertEquals(expected, FirstBadVersion.firstBad(first, last, v -> v >= bad),
        "firstBad(" + first + ", " + last + ", v -> v >= " + bad + ")");
  }

  /** Calls to isBad over versions 1..n, for 16 different first bad versions. */
  @Workload(InputFamily.TYPICAL)
  static long probes(int n) {
    long total = 0;
    for (int i = 1; i <= 16; i++) {
      long bad = (long) n * i / 17 + 1;
      CountingLongPredicate isBad = CountingLongPredicate.of(v -> v >= bad);
      FirstBadVersion.firstBad(1, n, isBad);
      total += isBad.count();
    }
    return total;
  }
}
