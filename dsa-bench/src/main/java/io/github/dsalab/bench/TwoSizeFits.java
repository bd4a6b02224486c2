package io.github.dsalab.bench;

import java.util.List;

/** Fits of two-size costs such as O(V + E), through the fitter's two-variable API. */
final class TwoSizeFits {
  private TwoSizeFits() {}

  static Series fit(String unit, List<CountExperiment.Size> sizes, double[] values) {
    throw new UnsupportedOperationException("two-size fits arrive with the fitter's (n, m, value) API");
  }
}
