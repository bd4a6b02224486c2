package io.github.dsalab.complexity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TwoVariableFitterTest {
  /** A grid: V doubling 64..4096, and for each V the edge counts V, 4V and 16V. */
  private static final long[][] GRID = grid();

  private static long[][] grid() {
    int[] multipliers = {1, 4, 16};
    long[] v = new long[7 * multipliers.length];
    long[] e = new long[v.length];
    int i = 0;
    for (int power = 0; power < 7; power++) {
      for (int multiplier : multipliers) {
        v[i] = 64L << power;
        e[i] = v[i] * multiplier;
        i++;
      }
    }
    return new long[][] {v, e};
  }

  private interface Cost {
    double of(double v, double e);
  }

  private static TwoVariableVerdict fit(Cost cost, double sigma) {
    SplittableRandom random = new SplittableRandom(7);
    long[] v = GRID[0];
    long[] e = GRID[1];
    double[] values = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      values[i] = cost.of(v[i], e[i]) * Math.exp(sigma * random.nextGaussian());
    }
    return TwoVariableFitter.fit(v, e, values);
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }

  @Test
  void breadthFirstSearchCountsAreVerticesPlusEdgesWithBothCoefficients() {
    // Each vertex dequeued once, each arc scanned twice in an undirected graph.
    TwoVariableVerdict verdict = fit((v, e) -> v + 2 * e, 0);
    assertEquals(TwoVariableClass.VERTICES_PLUS_EDGES, verdict.best());
    assertFalse(verdict.isAmbiguous());
    assertArrayEquals(new double[] {1, 2}, verdict.coefficients(), 1e-6);
    verdict.assertGrowsLike(TwoVariableClass.VERTICES_PLUS_EDGES);
  }

  @Test
  void eachCandidateIsRecognisedFromNoisyMeasurements() {
    assertEquals(TwoVariableClass.E_LOG_V, fit((v, e) -> 50 + 3 * e * log2(v), 0.05).best());
    assertEquals(TwoVariableClass.V_TIMES_E, fit((v, e) -> 20 + v * e, 0.05).best());
    assertEquals(TwoVariableClass.V_SQUARED, fit((v, e) -> 5 * v * v + e, 0.05).best());
    assertEquals(TwoVariableClass.EDGES, fit((v, e) -> 100 + e, 0.05).best());
    assertEquals(TwoVariableClass.VERTICES_PLUS_EDGES, fit((v, e) -> 10 * v + e, 0.05).best());
  }

  @Test
  void separateExponentsOfVerticesAndEdgesAreReported() {
    TwoVariableVerdict verdict = fit((v, e) -> v * e, 0);
    assertEquals(1, verdict.vertexExponent()[0], 1e-6);
    assertEquals(1, verdict.edgeExponent()[0], 1e-6);
    assertTrue(verdict.edgeExponent()[1] <= 1 && verdict.edgeExponent()[2] >= 1);
  }

  @Test
  void aWrongExpectationFailsNamingBothClasses() {
    TwoVariableVerdict verdict = fit((v, e) -> v * e, 0);
    AssertionError error = assertThrows(
        AssertionError.class, () -> verdict.assertGrowsLike(TwoVariableClass.VERTICES_PLUS_EDGES));
    assertTrue(error.getMessage().startsWith("measured O(V·E) where O(V + E) is expected"),
        error.getMessage());
  }

  @Test
  void edgesProportionalToVerticesCannotSeparateTheTerms() {
    long[] v = {16, 32, 64, 128, 256, 512, 1024};
    long[] e = new long[v.length];
    double[] values = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      e[i] = 4 * v[i];
      values[i] = v[i] + e[i];
    }
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> TwoVariableFitter.fit(v, e, values));
    assertTrue(error.getMessage().contains("do not vary independently"), error.getMessage());
  }

  @Test
  void tooFewPairsAndBadValuesAreRejected() {
    IllegalArgumentException few = assertThrows(IllegalArgumentException.class,
        () -> TwoVariableFitter.fit(new long[] {1, 2, 4}, new long[] {1, 4, 2}, new double[] {1, 2, 3}));
    assertEquals("only 3 distinct (V, E) pairs; at least 6 are needed", few.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> TwoVariableFitter.fit(GRID[0], GRID[1], new double[GRID[0].length]));
    assertThrows(IllegalArgumentException.class,
        () -> TwoVariableFitter.fit(GRID[0], new long[1], new double[GRID[0].length]));
  }
}
