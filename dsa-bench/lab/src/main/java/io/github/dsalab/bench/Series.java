package io.github.dsalab.bench;

import java.util.List;

/**
 * One measured series, fitted: per size the median and MAD (the chart's points and error bars)
 * and the fitter's view of the whole. {@code unit} says what was measured, such as
 * {@code comparisons} or {@code ns/op}.
 */
record Series(String unit, List<Point> points, FitView fit) {
  Series {
    points = List.copyOf(points);
  }

  /** The point at the largest size. */
  Point largest() {
    return points.stream().max((a, b) -> Double.compare(a.size(), b.size())).orElseThrow();
  }
}
