package io.github.dsalab.lab.results;

import java.util.List;

/**
 * One measured series, fitted: per size the median and MAD (the chart's points and error bars)
 * and the fitter's view of the whole. {@code unit} says what was measured, such as
 * {@code comparisons} or {@code ns/op}.
 */
public record Series(String unit, List<Point> points, FitView fit) {
  public Series {
    points = List.copyOf(points);
  }

  /** The point at the largest size. */
  public Point largest() {
    return points.stream().max((a, b) -> Double.compare(a.size(), b.size())).orElseThrow();
  }
}
