package io.github.dsalab.complexity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class NonNegativeLeastSquaresTest {
  private static final double[] X = {1, 2, 3, 4};
  private static final double[] ONE = {1, 1, 1, 1};
  private static final double[] EQUAL = {1, 1, 1, 1};

  @Test
  void anInteriorSolutionIsTheOrdinaryLeastSquaresFit() {
    double[] y = {3, 5, 7, 9}; // 1 + 2x exactly
    NonNegativeLeastSquares.Solution solution =
        NonNegativeLeastSquares.solve(new double[][] {ONE, X}, y, EQUAL);
    assertArrayEquals(new double[] {1, 2}, solution.coefficients, 1e-9);
    assertEquals(0, solution.residualSumOfSquares, 1e-12);
  }

  @Test
  void aNegativeInterceptIsClampedAndTheSlopeRefitted() {
    double[] y = {1, 3, 5, 7}; // -1 + 2x unconstrained; through the origin: b = Σxy/Σx² = 50/30
    NonNegativeLeastSquares.Solution solution =
        NonNegativeLeastSquares.solve(new double[][] {ONE, X}, y, EQUAL);
    assertArrayEquals(new double[] {0, 50.0 / 30}, solution.coefficients, 1e-9);
  }

  @Test
  void aFallingTrendGivesSlopeZeroAndTheMean() {
    double[] y = {8, 6, 4, 2};
    NonNegativeLeastSquares.Solution solution =
        NonNegativeLeastSquares.solve(new double[][] {ONE, X}, y, EQUAL);
    assertArrayEquals(new double[] {5, 0}, solution.coefficients, 1e-9);
    assertEquals(20, solution.residualSumOfSquares, 1e-9);
  }

  @Property(tries = 200)
  void neverBeatenByAnyNonNegativePointOnAGrid(
      @ForAll @DoubleRange(min = -5, max = 5) double intercept,
      @ForAll @DoubleRange(min = -5, max = 5) double slope) {
    double[] y = new double[X.length];
    for (int i = 0; i < X.length; i++) {
      y[i] = intercept + slope * X[i] + 0.3 * Math.sin(7 * i);
    }
    double[][] columns = {ONE, X};
    NonNegativeLeastSquares.Solution solution = NonNegativeLeastSquares.solve(columns, y, EQUAL);
    for (double a = 0; a <= 6; a += 0.25) {
      for (double b = 0; b <= 6; b += 0.25) {
        double rss = NonNegativeLeastSquares.residualSumOfSquares(columns, y, EQUAL, new double[] {a, b});
        assertEquals(true, solution.residualSumOfSquares <= rss + 1e-9, "beaten at a=" + a + ", b=" + b);
      }
    }
  }
}
