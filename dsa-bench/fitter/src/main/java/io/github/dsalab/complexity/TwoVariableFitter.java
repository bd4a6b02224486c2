package io.github.dsalab.complexity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

/**
 * Decides which {@link TwoVariableClass} measurements of a graph algorithm grow like, from
 * samples {@code (V, E, value)} in which {@code V} and {@code E} vary independently (several edge
 * counts per vertex count, not only {@code E = 4V}).
 *
 * <p>The method is {@link ComplexityFitter}'s: per {@code (V, E)} pair a robust centre and the
 * MAD; each class fitted as {@code a + Σ bⱼ·termⱼ(V, E)} with all coefficients non-negative by
 * least squares on relative error (a multiple regression for the two-term classes); outliers
 * re-weighted against the best fit; ranking by BIC, and "ambiguous: X or Y" when the runner-up is
 * within {@value ComplexityFitter#AMBIGUITY_BIC} BIC points. A two-term class whose fit drops a
 * term is the one-term class, so it does not compete. The separate exponents of {@code V} and
 * {@code E} come from a multiple regression of {@code ln T} on {@code ln V} and {@code ln E}.
 *
 * <table class="striped">
 *   <caption>Cost for {@code s} samples</caption>
 *   <tr><th>operation</th><th>time</th><th>extra space</th></tr>
 *   <tr><td>{@link #fit(long[], long[], double[])}</td><td>{@code O(s log s)}</td><td>{@code O(s)}</td></tr>
 * </table>
 *
 * <pre>{@code
 * long[] v = ..., e = ...;                 // a grid: each V with several E
 * TwoVariableVerdict verdict = TwoVariableFitter.fit(v, e, arcsScanned);
 * verdict.assertGrowsLike(TwoVariableClass.VERTICES_PLUS_EDGES);
 * }</pre>
 */
public final class TwoVariableFitter {
  /** The fewest distinct {@code (V, E)} pairs a fit accepts. */
  public static final int MINIMUM_PAIRS = 6;

  private static final int ROBUST_ROUNDS = 4;

  private TwoVariableFitter() {}

  /**
   * Fits measurements: {@code values[i]} was measured on a graph with {@code vertices[i]}
   * vertices and {@code edges[i]} edges. Pairs may repeat (repeated samples).
   *
   * @param vertices {@code V} per sample, each at least 1
   * @param edges {@code E} per sample, each at least 1
   * @param values the measurements, each finite and positive
   * @return the verdict
   * @throws NullPointerException if an array is null
   * @throws IllegalArgumentException if the arrays differ in length, a count is below 1, a value
   *     is not finite and positive, there are fewer than {@value #MINIMUM_PAIRS} distinct pairs,
   *     or {@code V} and {@code E} do not vary independently
   */
  public static TwoVariableVerdict fit(long[] vertices, long[] edges, double[] values) {
    Objects.requireNonNull(vertices, "vertices");
    Objects.requireNonNull(edges, "edges");
    Objects.requireNonNull(values, "values");
    if (vertices.length != edges.length || edges.length != values.length) {
      throw new IllegalArgumentException(
          "vertices, edges and values have " + vertices.length + ", " + edges.length + " and "
              + values.length + " entries; they must be equally long");
    }
    for (int i = 0; i < vertices.length; i++) {
      if (vertices[i] < 1 || edges[i] < 1) {
        throw new IllegalArgumentException(
            "sample " + i + " has (V, E) = (" + vertices[i] + ", " + edges[i]
                + "); both must be at least 1");
      }
    }
    Measurements.requirePositiveFinite(values, "values");

    Integer[] order = new Integer[vertices.length];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.<Integer>comparingLong(i -> vertices[i]).thenComparingLong(i -> edges[i]));
    long[] keys = new long[vertices.length];
    List<long[]> pairs = new ArrayList<>();
    for (int position = 0; position < order.length; position++) {
      int i = order[position];
      long[] last = pairs.isEmpty() ? null : pairs.get(pairs.size() - 1);
      if (last == null || last[0] != vertices[i] || last[1] != edges[i]) {
        pairs.add(new long[] {vertices[i], edges[i]});
      }
      keys[i] = pairs.size();
    }
    if (pairs.size() < MINIMUM_PAIRS) {
      throw new IllegalArgumentException(
          "only " + pairs.size() + " distinct (V, E) pairs; at least " + MINIMUM_PAIRS
              + " are needed");
    }
    requireIndependent(pairs);
    return fit(SizeSummary.of(keys, values), pairs);
  }

  /** {@code ln V} and {@code ln E} must not be collinear, or V + E cannot be told from E. */
  private static void requireIndependent(List<long[]> pairs) {
    double meanV = 0;
    double meanE = 0;
    for (long[] pair : pairs) {
      meanV += Math.log(pair[0]) / pairs.size();
      meanE += Math.log(pair[1]) / pairs.size();
    }
    double vv = 0;
    double ee = 0;
    double ve = 0;
    for (long[] pair : pairs) {
      double dv = Math.log(pair[0]) - meanV;
      double de = Math.log(pair[1]) - meanE;
      vv += dv * dv;
      ee += de * de;
      ve += dv * de;
    }
    if (!(vv * ee - ve * ve > 1e-6 * vv * ee) || vv == 0 || ee == 0) {
      throw new IllegalArgumentException(
          "V and E do not vary independently (one determines the other in every pair); "
              + "measure several edge counts for each vertex count");
    }
  }

  private static TwoVariableVerdict fit(SizeSummary summary, List<long[]> pairs) {
    int k = summary.size();
    double scale = SizeSummary.median(summary.centres.clone());
    double[] inverse = new double[k];
    double[] ones = new double[k];
    for (int i = 0; i < k; i++) {
      inverse[i] = scale / summary.centres[i];
      ones[i] = 1;
    }
    double[] spread = Measurements.spreadWeights(summary);
    double[] weights = spread;
    List<TwoVariableFit> fits = fitAll(summary, pairs, inverse, ones, weights, scale);
    for (int round = 0; round < ROBUST_ROUNDS; round++) {
      double[] residuals = new double[k];
      for (int i = 0; i < k; i++) {
        long[] pair = pairs.get((int) summary.sizes[i] - 1);
        residuals[i] = (summary.centres[i] - fits.get(0).predict(pair[0], pair[1])) / summary.centres[i];
      }
      double[] robust = RobustWeights.bisquare(residuals);
      double[] next = new double[k];
      for (int i = 0; i < k; i++) {
        next[i] = spread[i] * robust[i];
      }
      if (Arrays.equals(next, weights)) {
        break;
      }
      weights = next;
      fits = fitAll(summary, pairs, inverse, ones, weights, scale);
    }
    List<TwoVariableFit> ranked = new ArrayList<>();
    for (TwoVariableFit fit : fits) {
      if (fit.usesEveryTerm()) {
        ranked.add(fit);
      }
    }
    if (ranked.isEmpty()) {
      ranked = fits;
    }
    TwoVariableFit best = ranked.get(0);
    TwoVariableFit runnerUp = ranked.size() > 1 ? ranked.get(1) : null;
    boolean ambiguous =
        runnerUp != null && runnerUp.bic - best.bic < ComplexityFitter.AMBIGUITY_BIC;
    return new TwoVariableVerdict(best, runnerUp, ambiguous, fits, exponents(summary, pairs, weights));
  }

  private static List<TwoVariableFit> fitAll(
      SizeSummary summary,
      List<long[]> pairs,
      double[] inverse,
      double[] ones,
      double[] weights,
      double scale) {
    int k = summary.size();
    List<TwoVariableFit> fits = new ArrayList<>();
    for (TwoVariableClass candidate : TwoVariableClass.values()) {
      int terms = candidate.termCount();
      double[][] columns = new double[terms + 1][];
      columns[0] = inverse;
      double[] maxima = new double[terms];
      for (int t = 0; t < terms; t++) {
        double[] column = new double[k];
        for (int i = 0; i < k; i++) {
          long[] pair = pairs.get((int) summary.sizes[i] - 1);
          column[i] = candidate.term(t, pair[0], pair[1]);
          maxima[t] = Math.max(maxima[t], column[i]);
        }
        for (int i = 0; i < k; i++) {
          column[i] = column[i] / maxima[t] * inverse[i];
        }
        columns[t + 1] = column;
      }
      NonNegativeLeastSquares.Solution solution =
          NonNegativeLeastSquares.solve(columns, ones, weights);
      double[] coefficients = new double[terms];
      for (int t = 0; t < terms; t++) {
        coefficients[t] = solution.coefficients[t + 1] * scale / maxima[t];
      }
      fits.add(new TwoVariableFit(
          candidate,
          solution.coefficients[0] * scale,
          coefficients,
          ComplexityFitter.bic(solution.residualSumOfSquares, weights, terms + 1)));
    }
    fits.sort(Comparator.comparingDouble(fit -> fit.bic));
    return fits;
  }

  /** {@code ln T = c + α·ln V + β·ln E} on the centres of the pairs the robust step kept. */
  private static double[][] exponents(SizeSummary summary, List<long[]> pairs, double[] weights) {
    List<double[]> rows = new ArrayList<>();
    List<Double> targets = new ArrayList<>();
    for (int i = 0; i < summary.size(); i++) {
      if (weights[i] > 0) {
        long[] pair = pairs.get((int) summary.sizes[i] - 1);
        rows.add(new double[] {Math.log(pair[0]), Math.log(pair[1])});
        targets.add(Math.log(summary.centres[i]));
      }
    }
    double[][] result = {{Double.NaN, Double.NaN, Double.NaN}, {Double.NaN, Double.NaN, Double.NaN}};
    if (rows.size() < 4) {
      return result;
    }
    OLSMultipleLinearRegression regression = new OLSMultipleLinearRegression();
    regression.newSampleData(
        targets.stream().mapToDouble(Double::doubleValue).toArray(), rows.toArray(new double[0][]));
    try {
      double[] beta = regression.estimateRegressionParameters();
      double[] errors = regression.estimateRegressionParametersStandardErrors();
      double t = new TDistribution(null, rows.size() - 3).inverseCumulativeProbability(0.975);
      for (int j = 0; j < 2; j++) {
        double error = Double.isNaN(errors[j + 1]) ? 0 : errors[j + 1];
        result[j] = new double[] {beta[j + 1], beta[j + 1] - t * error, beta[j + 1] + t * error};
      }
    } catch (org.apache.commons.math3.linear.SingularMatrixException collinear) {
      // The robust step left pairs on one line in (ln V, ln E): no separate exponents then.
    }
    return result;
  }
}
