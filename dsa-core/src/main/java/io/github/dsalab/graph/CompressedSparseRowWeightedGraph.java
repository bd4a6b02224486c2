package io.github.dsalab.graph;

/** Compressed sparse rows with one more array, parallel to the targets, for the arc weights. */
final class CompressedSparseRowWeightedGraph extends CompressedSparseRowGraph
    implements WeightedGraph {
  private final double[] weights;

  CompressedSparseRowWeightedGraph(
      boolean directed, int edgeCount, int[] offsets, int[] targets, double[] weights) {
    super(directed, edgeCount, offsets, targets);
    this.weights = weights;
  }

  @Override
  public double weight(int v, int i) {
    return weights[arc(v, i)];
  }

  @Override
  long arrayBytes() {
    return super.arrayBytes() + 8L * weights.length;
  }

  @Override
  public String toString() {
    return "weighted " + super.toString();
  }
}
