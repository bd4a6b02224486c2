package io.github.dsalab.lab.costs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The latency measurement walks one cycle through every cache line of the working set, measures
 * the sizes asked for (each once), and rejects bad sizes naming them. How fast memory is, is not
 * asserted here: a timed unit test would fail on a busy machine; the lab prints the measured curve.
 */
class MemoryLatencyTest {
  @Test
  void theCycleVisitsEveryCacheLineOnceBeforeReturningToItsStart() {
    long bytes = 64 << 10;
    int[] next = new int[(int) (bytes / Integer.BYTES)];
    int start = MemoryLatency.buildCycle(next, bytes);
    int lines = (int) (bytes / MemoryLatency.LINE_BYTES);
    boolean[] seen = new boolean[lines];
    int at = start;
    for (int step = 0; step < lines; step++) {
      assertEquals(0, at % (MemoryLatency.LINE_BYTES / Integer.BYTES), "cell " + at + " is not at a line's start");
      assertTrue(!seen[at / 16], "line " + at / 16 + " visited twice within one cycle");
      seen[at / 16] = true;
      at = next[at];
    }
    assertEquals(start, at, "the walk returns to its start after visiting every line");
  }

  @Test
  void theCycleIsTheSameInEveryRun() {
    int[] first = new int[1 << 12];
    int[] second = new int[1 << 12];
    MemoryLatency.buildCycle(first, 16 << 10);
    MemoryLatency.buildCycle(second, 16 << 10);
    assertTrue(Arrays.equals(first, second));
  }

  @Test
  void aWalkStopsWhereTheCycleLeadsIt() {
    int[] next = {2, 0, 1};
    assertEquals(1, MemoryLatency.chase(next, 0, 2));
    assertEquals(0, MemoryLatency.chase(next, 0, 3));
  }

  @Test
  void everySizeAskedForIsMeasuredOnceWithAPositiveFiniteLatency() {
    LatencyCurve curve = MemoryLatency.measure(List.of(16L << 10, 4L << 10, 16L << 10, 8L << 10));
    assertEquals(List.of(4L << 10, 8L << 10, 16L << 10), curve.bytes());
    for (double nanoseconds : curve.nanoseconds()) {
      assertTrue(nanoseconds > 0 && Double.isFinite(nanoseconds), "latency " + nanoseconds);
    }
  }

  @Test
  void acrossMeasuresThePowersOfTwoAroundTheSpanAndRemembersThem() {
    MemoryLatency memory = new MemoryLatency();
    assertTrue(memory.describe().isEmpty(), "nothing measured yet");
    LatencyCurve wide = memory.across(3000, 70_000);
    List<Long> expected = new ArrayList<>();
    for (long size = 2048; size <= 131_072; size <<= 1) {
      expected.add(size);
    }
    assertEquals(expected, wide.bytes());
    assertTrue(wide.covers(3000) && wide.covers(70_000));
    LatencyCurve inner = memory.across(4096, 8192);
    assertEquals(List.of(4096L, 8192L), inner.bytes());
    assertEquals(wide.nanoseconds().subList(1, 3), inner.nanoseconds(), "remembered, not measured again");
    String described = memory.describe().orElseThrow();
    assertTrue(described.startsWith("2 KiB "), described);
    assertTrue(described.contains(", 128 KiB "), described);
    assertTrue(described.contains("loop warmed up over") || described.contains("had not settled"), described);
  }

  @Test
  void badSizesAreRejectedNamingTheParameterAndTheValue() {
    assertEquals("workingSetBytes",
        assertThrows(NullPointerException.class, () -> MemoryLatency.measure(null)).getMessage());
    assertEquals("workingSetBytes is empty: give at least one size to measure",
        assertThrows(IllegalArgumentException.class, () -> MemoryLatency.measure(List.of())).getMessage());
    assertEquals("workingSetBytes[1] is 0, must be between 128 (two cache lines) and 1073741824 (1 GiB)",
        assertThrows(IllegalArgumentException.class, () -> MemoryLatency.measure(List.of(4096L, 0L))).getMessage());
    assertEquals("workingSetBytes[0] is -4096, must be between 128 (two cache lines) and 1073741824 (1 GiB)",
        assertThrows(IllegalArgumentException.class, () -> MemoryLatency.measure(List.of(-4096L))).getMessage());
    assertEquals("workingSetBytes[0] is 2147483648, must be between 128 (two cache lines) and 1073741824 (1 GiB)",
        assertThrows(IllegalArgumentException.class, () -> MemoryLatency.measure(List.of(2L << 30))).getMessage());
    assertEquals("workingSetBytes[0]", assertThrows(NullPointerException.class,
        () -> MemoryLatency.measure(Arrays.asList((Long) null))).getMessage());
    MemoryLatency memory = new MemoryLatency();
    assertEquals("smallestBytes is 0, must be at least 1",
        assertThrows(IllegalArgumentException.class, () -> memory.across(0, 4096)).getMessage());
    assertEquals("largestBytes is 1024, must be at least smallestBytes (4096)",
        assertThrows(IllegalArgumentException.class, () -> memory.across(4096, 1024)).getMessage());
  }
}
