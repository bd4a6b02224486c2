package io.github.dsalab.lab.results;

import io.github.dsalab.complexity.TwoVariableFitter;
import io.github.dsalab.complexity.TwoVariableVerdict;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The lab's door to the fitter's two-variable API ({@link TwoVariableFitter}): costs such as
 * O(V + E) fitted by multiple regression on V and E varied independently.
 */
public final class TwoSizeFits {
  private TwoSizeFits() {}

  public static Series fit(String unit, List<CountExperiment.Size> sizes, double[] values) {
    long[] vertices = sizes.stream().mapToLong(CountExperiment.Size::n).toArray();
    long[] edges = sizes.stream().mapToLong(CountExperiment.Size::m).toArray();
    TwoVariableVerdict verdict = TwoVariableFitter.fit(vertices, edges, values);
    double[] coefficients = verdict.coefficients();
    double constant = verdict.constantTerm();
    var best = verdict.best();
    double[] v = verdict.vertexExponent();
    double[] e = verdict.edgeExponent();
    String exponentText = "V " + Fits.plusMinus(v[0], v[1], v[2]) + ", E " + Fits.plusMinus(e[0], e[1], e[2]);
    FitView view = new FitView(
        verdict.toString(),
        best,
        verdict.runnerUp().orElse(best),
        verdict.isAmbiguous(),
        e[0], e[1], e[2],
        coefficients.length == 0 ? Double.NaN : coefficients[0],
        Double.NaN,
        (n, m) -> {
          double prediction = constant;
          for (int i = 0; i < coefficients.length; i++) {
            prediction += coefficients[i] * best.term(i, n, m);
          }
          return prediction;
        },
        null,
        exponentText,
        null);
    return new Series(unit, points(sizes, values), view);
  }

  /** Per distinct (V, E): the median and MAD of its samples, for the chart and the JSON. */
  static List<Point> points(List<CountExperiment.Size> sizes, double[] values) {
    Map<CountExperiment.Size, List<Double>> groups = new LinkedHashMap<>();
    for (int i = 0; i < values.length; i++) {
      groups.computeIfAbsent(sizes.get(i), key -> new ArrayList<>()).add(values[i]);
    }
    List<Point> points = new ArrayList<>();
    for (Map.Entry<CountExperiment.Size, List<Double>> group : groups.entrySet()) {
      double[] samples = group.getValue().stream().mapToDouble(Double::doubleValue).toArray();
      double median = Fits.median(samples);
      double[] deviations = Arrays.stream(samples).map(x -> Math.abs(x - median)).toArray();
      points.add(new Point(group.getKey().n(), group.getKey().m(), median, Fits.median(deviations),
          samples.length));
    }
    return points;
  }

  /** For messages: {@code (V, E)}. */
  static String describe(CountExperiment.Size size) {
    return String.format(Locale.ROOT, "(%d, %d)", size.n(), size.m());
  }
}
