package io.github.dsalab.lab.costs;

import java.util.Locale;

/**
 * The cost of a graph traversal split into a cost per vertex and a cost per arc: the fit of
 * {@code time ≈ a·V + b·E} (a, b ≥ 0) to times measured over a grid of graphs whose V and E vary
 * independently. A single cost per counted operation cannot be constant there, since visiting a
 * vertex (queue, marks, allocation) costs more than scanning an arc; two constants can. When every
 * graph's time lies within {@link CostProfile#SAME_COST} of its fitted share (the spread of time
 * over fit, dearest over cheapest, is at most ×2, as for a one-size constant cost), the time is V
 * and E times two constants: O(V + E), measured.
 *
 * <p>Cost: {@code O(k)} for {@code k} graphs.
 *
 * <pre>{@code
 * VertexAndArcCosts costs = VertexAndArcCosts.fit(vertices, arcs, nanoseconds);
 * costs.perVertex();    // ≈ 30 (ns)
 * costs.constant();     // true when the spread is within ×2
 * }</pre>
 *
 * @param perVertex the fitted nanoseconds per vertex, at least 0
 * @param perArc the fitted nanoseconds per arc, at least 0
 * @param spread the largest over the smallest ratio of measured time to fitted time
 */
public record VertexAndArcCosts(double perVertex, double perArc, double spread) {

  /**
   * Fits the costs by least squares on relative errors (each graph weighs the same, small or large).
   *
   * @throws IllegalArgumentException if the arrays differ in length, hold fewer than 2 graphs, or a
   *     size or time is not positive
   */
  public static VertexAndArcCosts fit(long[] vertices, long[] arcs, double[] nanoseconds) {
    if (vertices.length != arcs.length || arcs.length != nanoseconds.length || vertices.length < 2) {
      throw new IllegalArgumentException("need at least 2 graphs, one V, E and time each; got " + vertices.length
          + ", " + arcs.length + " and " + nanoseconds.length);
    }
    double s11 = 0;
    double s12 = 0;
    double s22 = 0;
    double r1 = 0;
    double r2 = 0;
    for (int i = 0; i < vertices.length; i++) {
      if (vertices[i] < 1 || arcs[i] < 0 || !(nanoseconds[i] > 0)) {
        throw new IllegalArgumentException("graph " + i + " has V = " + vertices[i] + ", E = " + arcs[i]
            + ", time " + nanoseconds[i] + " ns; need V >= 1, E >= 0 and a positive time");
      }
      double v = vertices[i] / nanoseconds[i];
      double e = arcs[i] / nanoseconds[i];
      s11 += v * v;
      s12 += v * e;
      s22 += e * e;
      r1 += v;
      r2 += e;
    }
    double determinant = s11 * s22 - s12 * s12;
    double a = determinant > 0 ? (r1 * s22 - r2 * s12) / determinant : -1;
    double b = determinant > 0 ? (s11 * r2 - s12 * r1) / determinant : -1;
    if (a < 0 || b < 0) {
      // The unconstrained best is outside a, b ≥ 0: the best with one cost at zero.
      double onlyVertices = r1 / s11;
      double onlyArcs = s22 > 0 ? r2 / s22 : 0;
      double missVertices = s11 * onlyVertices * onlyVertices - 2 * r1 * onlyVertices;
      double missArcs = s22 > 0 ? s22 * onlyArcs * onlyArcs - 2 * r2 * onlyArcs : Double.POSITIVE_INFINITY;
      a = missVertices <= missArcs ? onlyVertices : 0;
      b = missVertices <= missArcs ? 0 : onlyArcs;
    }
    double lowest = Double.POSITIVE_INFINITY;
    double highest = 0;
    for (int i = 0; i < vertices.length; i++) {
      double ratio = nanoseconds[i] / (a * vertices[i] + b * arcs[i]);
      lowest = Math.min(lowest, ratio);
      highest = Math.max(highest, ratio);
    }
    return new VertexAndArcCosts(a, b, highest / lowest);
  }

  /** Whether the two costs account for every graph's time within {@link CostProfile#SAME_COST}. */
  public boolean constant() {
    return perVertex > 0 && perArc > 0 && spread <= CostProfile.SAME_COST;
  }

  /** {@code each vertex costs ~30 ns and each arc ~4.4 ns (every graph's time within ×1.17 of that)}. */
  public String describe(String vertexOperation, String arcOperation) {
    return String.format(Locale.ROOT, "each %s costs ~%s ns and each %s ~%s ns (every graph's time within ×%.2f"
        + " of that)", vertexOperation, CostProfile.nanosecondsText(perVertex), arcOperation,
        CostProfile.nanosecondsText(perArc), spread);
  }
}
