package io.github.dsalab.graph;

import java.util.Objects;

/**
 * An immutable graph in compressed sparse rows: all adjacency lists back to back in one
 * {@code int} array, and one more array saying where each list starts. Two arrays, no objects per
 * vertex or edge, and neighbours of a vertex sit next to each other in memory, which is what
 * makes a scan over them fast.
 */
class CompressedSparseRowGraph implements Graph {
  private final boolean directed;
  private final int edgeCount;
  /** Row {@code v} is {@code targets[offsets[v]]..targets[offsets[v + 1] - 1]}. */
  final int[] offsets;

  final int[] targets;

  CompressedSparseRowGraph(boolean directed, int edgeCount, int[] offsets, int[] targets) {
    this.directed = directed;
    this.edgeCount = edgeCount;
    this.offsets = offsets;
    this.targets = targets;
    assert hasValidRows();
  }

  @Override
  public int vertexCount() {
    return offsets.length - 1;
  }

  @Override
  public int edgeCount() {
    return edgeCount;
  }

  @Override
  public boolean isDirected() {
    return directed;
  }

  @Override
  public int degree(int v) {
    Vertices.check(v, offsets.length - 1);
    return offsets[v + 1] - offsets[v];
  }

  @Override
  public int neighbour(int v, int i) {
    return targets[arc(v, i)];
  }

  /** Returns the index in {@code targets} of the {@code i}-th arc leaving {@code v}. */
  final int arc(int v, int i) {
    Vertices.check(v, offsets.length - 1);
    int start = offsets[v];
    Objects.checkIndex(i, offsets[v + 1] - start);
    return start + i;
  }

  /** Returns the bytes held by the arrays' elements (array headers not counted). */
  long arrayBytes() {
    return 4L * offsets.length + 4L * targets.length;
  }

  /** Rows start at 0, never go backwards, end at the last arc, and every head is a vertex. */
  final boolean hasValidRows() {
    int n = offsets.length - 1;
    if (offsets[0] != 0 || offsets[n] != targets.length) {
      return false;
    }
    for (int v = 0; v < n; v++) {
      if (offsets[v] > offsets[v + 1]) {
        return false;
      }
    }
    for (int w : targets) {
      if (w < 0 || w >= n) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return (directed ? "directed" : "undirected")
        + " graph with "
        + vertexCount()
        + " vertices and "
        + edgeCount
        + " edges";
  }
}
