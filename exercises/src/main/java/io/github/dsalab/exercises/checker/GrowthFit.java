package io.github.dsalab.exercises.checker;

import java.util.List;
import java.util.Optional;

/**
 * PROVISIONAL stand-in for the complexity lab's fitter (dsa-bench {@code io.github.dsalab.complexity}),
 * to be replaced by a thin adapter over it once it lands: fits {@code a + b·g(n)} with
 * {@code a, b ≥ 0} by least squares on relative error for each class and picks by BIC.
 */
final class GrowthFit {
  static final List<String> CLASSES = List.of("O(1)", "O(log n)", "O(√n)", "O(n)", "O(n log n)",
      "O(n²)", "O(n³)", "O(2ⁿ)", "O(n!)");

  private final int best;
  private final Optional<Integer> runnerUp;

  private GrowthFit(int best, Optional<Integer> runnerUp) {
    this.best = best;
    this.runnerUp = runnerUp;
  }

  static int rankOf(String label) {
    int rank = CLASSES.indexOf(label.strip());
    if (rank < 0) {
      throw new IllegalArgumentException("unknown complexity class " + label + "; valid: " + CLASSES);
    }
    return rank;
  }

  static GrowthFit of(double[] n, double[] counts) {
    if (java.util.Arrays.stream(counts).distinct().count() == 1) {
      return new GrowthFit(0, Optional.empty());
    }
    double[] bic = new double[CLASSES.size()];
    int m = n.length;
    for (int c = 0; c < CLASSES.size(); c++) {
      double rss = relativeRss(c, n, counts);
      bic[c] = m * Math.log(Math.max(rss / m, 1e-12)) + 2 * Math.log(m);
    }
    int best = 0;
    for (int c = 1; c < bic.length; c++) {
      if (bic[c] < bic[best]) {
        best = c;
      }
    }
    int second = best == 0 ? 1 : 0;
    for (int c = 0; c < bic.length; c++) {
      if (c != best && bic[c] < bic[second]) {
        second = c;
      }
    }
    return new GrowthFit(best, bic[second] - bic[best] < 2 ? Optional.of(second) : Optional.empty());
  }

  private static double growth(int c, double n) {
    switch (c) {
      case 0: return 1;
      case 1: return Math.log(Math.max(n, 2)) / Math.log(2);
      case 2: return Math.sqrt(n);
      case 3: return n;
      case 4: return n * Math.log(Math.max(n, 2)) / Math.log(2);
      case 5: return n * n;
      case 6: return n * n * n;
      case 7: return Math.pow(2, n);
      default:
        double f = 1;
        for (int i = 2; i <= n; i++) {
          f *= i;
        }
        return f;
    }
  }

  /** Minimises sum(((a + b g) - y) / y)² over a, b ≥ 0 by trying the interior and both edges. */
  private static double relativeRss(int c, double[] n, double[] y) {
    double sww = 0, swg = 0, sgg = 0, swy = 0, sgy = 0;
    for (int i = 0; i < n.length; i++) {
      double w = 1 / (y[i] * y[i]);
      double g = growth(c, n[i]);
      sww += w;
      swg += w * g;
      sgg += w * g * g;
      swy += w * y[i];
      sgy += w * g * y[i];
    }
    double det = sww * sgg - swg * swg;
    double best = Double.POSITIVE_INFINITY;
    if (det > 0) {
      double a = (swy * sgg - swg * sgy) / det;
      double b = (sww * sgy - swg * swy) / det;
      if (a >= 0 && b >= 0) {
        best = rss(c, n, y, a, b);
      }
    }
    best = Math.min(best, rss(c, n, y, 0, Math.max(0, sgy / sgg)));
    best = Math.min(best, rss(c, n, y, Math.max(0, swy / sww), 0));
    return best;
  }

  private static double rss(int c, double[] n, double[] y, double a, double b) {
    double sum = 0;
    for (int i = 0; i < n.length; i++) {
      double r = (a + b * growth(c, n[i]) - y[i]) / y[i];
      sum += r * r;
    }
    return sum;
  }

  int bestRank() {
    return best;
  }

  Optional<Integer> runnerUpRank() {
    return runnerUp;
  }

  String describe() {
    return runnerUp.map(r -> CLASSES.get(best) + " or " + CLASSES.get(r)).orElse(CLASSES.get(best));
  }
}
