package io.github.dsalab.exercises.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.dsalab.exercises.support.InputFamily;
import io.github.dsalab.exercises.support.Stress;
import io.github.dsalab.exercises.support.Workload;
import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class IntegerSquareRootSpec {
  private static long floorSqrt(long x) {
    return IntegerSquareRoot.floorSqrt(x, (a, b) -> a * b);
  }

  @Test
  void perfectSquaresHaveExactRoots() {
    assertEquals(4, floorSqrt(16));
    assertEquals(0, floorSqrt(0));
    assertEquals(1, floorSqrt(1));
  }

  @Test
  void otherNumbersRoundDown() {
    assertEquals(3, floorSqrt(15));
    assertEquals(1, floorSqrt(3));
  }

  @Test
  @Tag(Stress.TAG)
  void handlesTheLargestLong() {
    assertEquals(3_037_000_499L, floorSqrt(Long.MAX_VALUE));
  }

  @Test
  void rejectsANegativeNumber() {
    assertThrows(IllegalArgumentException.class, () -> floorSqrt(-1));
  }

  @Property(tries = 300)
  @net.jqwik.api.Tag(Stress.TAG)
  void agreesWithBigIntegerSqrt(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long x) {
    assertEquals(BigInteger.valueOf(x).sqrt().longValue(), floorSqrt(x), "floorSqrt(" + x + ")");
  }

  @Property(tries = 300)
  void agreesWithBigIntegerSqrtForSmallNumbers(@ForAll @LongRange(min = 0, max = 100_000_000) long x) {
    assertEquals(BigInteger.valueOf(x).sqrt().longValue(), floorSqrt(x), "floorSqrt(" + x + ")");
  }

  /** Multiplications for 8 values of x just below and above n. */
  @Workload(InputFamily.TYPICAL)
  static long multiplications(int n) {
    long[] calls = {0};
    for (int i = 0; i < 8; i++) {
      IntegerSquareRoot.floorSqrt(n + i * 7L - 20, (a, b) -> {
        calls[0]++;
        return a * b;
      });
    }
    return calls[0];
  }
}
