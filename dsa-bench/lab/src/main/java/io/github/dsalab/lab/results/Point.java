package io.github.dsalab.lab.results;

/**
 * One size of a measured series as the report draws it: the median of the raw samples taken at
 * size {@code n} (and second size {@code m}, such as E for a graph, or 0), with the median absolute
 * deviation (MAD) as the error bar. Operation counts are exact, so their MAD is 0.
 */
public record Point(double n, double m, double median, double mad, int samples) {
  /** The x coordinate of the log-log chart: n, or n + m for two-size costs such as V + E. */
  public double size() {
    return n + m;
  }
}
