package io.github.dsalab.lab.costs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A traversal's time split into a cost per vertex and one per arc, over a grid of V and E. */
class VertexAndArcCostsTest {
  private static final long[] V = {16384, 16384, 16384, 32768, 32768, 32768, 65536, 65536, 65536};
  private static final long[] E = {81919, 147455, 278527, 98303, 163839, 294911, 131071, 196607, 327679};

  private static double[] times(double perVertex, double perArc, double... wobble) {
    double[] t = new double[V.length];
    for (int i = 0; i < t.length; i++) {
      t[i] = (perVertex * V[i] + perArc * E[i]) * (wobble.length == 0 ? 1 : wobble[i]);
    }
    return t;
  }

  @Test
  void exactCostsAreRecovered() {
    VertexAndArcCosts costs = VertexAndArcCosts.fit(V, E, times(30, 4.4));
    assertEquals(30, costs.perVertex(), 1e-6);
    assertEquals(4.4, costs.perArc(), 1e-6);
    assertEquals(1, costs.spread(), 1e-9);
    assertTrue(costs.constant());
  }

  @Test
  void modestNoiseStaysConstantAndALargeRiseDoesNot() {
    assertTrue(VertexAndArcCosts.fit(V, E, times(30, 4.4, 1.1, 0.95, 1, 1.05, 0.9, 1, 1.1, 1, 0.95)).constant());
    // The largest graphs cost twice what two constants predict: a rise, not noise.
    VertexAndArcCosts rising = VertexAndArcCosts.fit(V, E, times(30, 4.4, 1, 1, 1, 1, 1.2, 1.4, 1.5, 1.8, 2.2));
    assertFalse(rising.constant());
    assertTrue(rising.spread() > CostProfile.SAME_COST, "spread " + rising.spread());
  }

  @Test
  void costsNeverGoNegative() {
    // Time that falls as V grows at fixed E would need a negative cost per vertex: it is clamped to 0.
    long[] v = {1000, 2000, 4000, 1000, 2000, 4000};
    long[] e = {8000, 8000, 8000, 16000, 16000, 16000};
    double[] t = {90_000, 80_000, 70_000, 170_000, 160_000, 150_000};
    VertexAndArcCosts costs = VertexAndArcCosts.fit(v, e, t);
    assertTrue(costs.perVertex() >= 0 && costs.perArc() >= 0, costs.toString());
    assertFalse(costs.constant());
  }

  @Test
  void badInputIsNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> VertexAndArcCosts.fit(new long[] {10, 20}, new long[] {5, 5}, new double[] {1, -1}));
    assertTrue(e.getMessage().contains("graph 1"), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> VertexAndArcCosts.fit(new long[] {10}, new long[] {5}, new double[] {1}));
  }
}
