package io.github.dsalab.lab.costs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A latency curve holds measured sizes with their latencies, reads between them on a logarithmic
 * size axis, never beyond them, and rejects a malformed curve naming the bad value.
 */
class LatencyCurveTest {
  private static final LatencyCurve CURVE = new LatencyCurve(List.of(64L << 10, 1L << 20, 8L << 20, 32L << 20),
      List.of(1.2, 4.0, 15.0, 40.0));

  @Test
  void atAMeasuredSizeTheLatencyIsTheMeasuredOne() {
    assertEquals(1.2, CURVE.nanosecondsAt(64 << 10));
    assertEquals(15.0, CURVE.nanosecondsAt(8 << 20));
    assertEquals(40.0, CURVE.nanosecondsAt(32 << 20));
  }

  @Test
  void betweenTwoMeasuredSizesTheLatencyIsInterpolatedOnLogBytes() {
    // 256 KiB is halfway from 64 KiB to 1 MiB on a log scale (×4 of ×16), so halfway from 1.2 to 4.0.
    assertEquals(2.6, CURVE.nanosecondsAt(256 << 10), 1e-12);
    // 16 MiB is halfway from 8 MiB to 32 MiB on a log scale.
    assertEquals(27.5, CURVE.nanosecondsAt(16 << 20), 1e-12);
  }

  @Test
  void theInterpolationRisesWhereTheMeasurementsRiseAndFallsWhereTheyFall() {
    LatencyCurve bumpy = new LatencyCurve(List.of(1L << 10, 1L << 20, 1L << 30), List.of(2.0, 90.0, 60.0));
    double previous = bumpy.nanosecondsAt(1 << 10);
    for (long bytes = 1 << 10; bytes <= 1 << 20; bytes += 997) {
      double now = bumpy.nanosecondsAt(bytes);
      assertTrue(now >= previous, bytes + " bytes: " + now + " after " + previous);
      previous = now;
    }
    previous = bumpy.nanosecondsAt(1 << 20);
    for (long bytes = 1 << 20; bytes <= 1 << 30; bytes += 999_983) {
      double now = bumpy.nanosecondsAt(bytes);
      assertTrue(now <= previous, bytes + " bytes: " + now + " after " + previous);
      previous = now;
    }
  }

  @Test
  void nothingIsReadBeyondTheMeasuredSizes() {
    assertFalse(CURVE.covers((64 << 10) - 1));
    assertFalse(CURVE.covers((32L << 20) + 1));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CURVE.nanosecondsAt(1L << 30));
    assertEquals("workingSetBytes is 1073741824, outside the measured sizes 65536 to 33554432", e.getMessage());
  }

  @Test
  void describeListsEverySizeWithItsLatencyInTwoFigures() {
    assertEquals("64 KiB 1.2 ns, 1 MiB 4.0 ns, 8 MiB 15 ns, 32 MiB 40 ns", CURVE.describe());
  }

  @Test
  void aMalformedCurveIsRejectedNamingTheBadValue() {
    assertEquals("bytes is empty: a latency curve needs at least one measured size",
        assertThrows(IllegalArgumentException.class, () -> new LatencyCurve(List.of(), List.of())).getMessage());
    assertEquals("bytes has 2 sizes but nanoseconds has 1 latencies; they must pair up",
        assertThrows(IllegalArgumentException.class, () -> new LatencyCurve(List.of(1L, 2L), List.of(1.0)))
            .getMessage());
    assertEquals("bytes[0] is 0, must be at least 1",
        assertThrows(IllegalArgumentException.class, () -> new LatencyCurve(List.of(0L), List.of(1.0))).getMessage());
    assertEquals("bytes[1] is 64, must be more than bytes[0] = 64 (sizes strictly increasing)",
        assertThrows(IllegalArgumentException.class, () -> new LatencyCurve(List.of(64L, 64L), List.of(1.0, 2.0)))
            .getMessage());
    assertEquals("nanoseconds[1] is NaN, must be positive and finite",
        assertThrows(IllegalArgumentException.class,
            () -> new LatencyCurve(List.of(64L, 128L), List.of(1.0, Double.NaN))).getMessage());
    assertEquals("nanoseconds[0] is -1.0, must be positive and finite",
        assertThrows(IllegalArgumentException.class, () -> new LatencyCurve(List.of(64L), List.of(-1.0))).getMessage());
    assertThrows(NullPointerException.class, () -> new LatencyCurve(null, List.of(1.0)));
  }
}
