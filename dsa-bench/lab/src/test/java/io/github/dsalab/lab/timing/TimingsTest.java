package io.github.dsalab.lab.timing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The cost per operation names one operation of what the count counts, in the singular. */
class TimingsTest {

  @Test
  void oneOperationOfEachCount() {
    assertEquals("comparison", Timings.operation("comparisons"));
    assertEquals("comparison", Timings.operation("comparisons in 1024 searches"));
    assertEquals("predicate call", Timings.operation("predicate calls in 1024 searches"));
    assertEquals("vertex visited or arc scanned", Timings.operation("vertices visited + arcs scanned"));
    assertEquals("vertex ordered or arc scanned", Timings.operation("vertices ordered + arcs scanned"));
  }
}
