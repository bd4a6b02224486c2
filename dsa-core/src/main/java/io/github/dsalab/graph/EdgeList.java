package io.github.dsalab.graph;

import java.util.Arrays;

/**
 * The edges a builder has collected so far, in parallel growable arrays, and the step that turns
 * them into compressed sparse rows.
 */
final class EdgeList {
  /** The largest array the JVMs we know of will allocate. */
  static final int MAX_ARCS = Integer.MAX_VALUE - 8;

  private final int vertexCount;
  private int[] tails = new int[16];
  private int[] heads = new int[16];
  private double[] weights; // null for an unweighted list
  private int size;

  EdgeList(int vertexCount, boolean weighted) {
    this.vertexCount = Vertices.checkCount(vertexCount);
    this.weights = weighted ? new double[16] : null;
  }

  int vertexCount() {
    return vertexCount;
  }

  boolean isWeighted() {
    return weights != null;
  }

  int size() {
    return size;
  }

  void add(int u, int v) {
    Vertices.check(u, vertexCount);
    Vertices.check(v, vertexCount);
    if (size == tails.length) {
      grow();
    }
    tails[size] = u;
    heads[size] = v;
    size++;
  }

  void add(int u, int v, double weight) {
    if (!Double.isFinite(weight)) {
      throw new IllegalArgumentException("weight " + weight + " is not a finite number");
    }
    add(u, v);
    weights[size - 1] = weight;
  }

  private void grow() {
    if (size >= MAX_ARCS) {
      throw new IllegalStateException("a graph holds at most " + MAX_ARCS + " arcs");
    }
    int capacity = (int) Math.min(MAX_ARCS, 2L * size);
    tails = Arrays.copyOf(tails, capacity);
    heads = Arrays.copyOf(heads, capacity);
    if (weights != null) {
      weights = Arrays.copyOf(weights, capacity);
    }
  }

  /** Returns the number of arcs the edges make: one per directed edge or undirected self-loop. */
  long arcCount(boolean directed) {
    if (directed) {
      return size;
    }
    long arcs = 0;
    for (int e = 0; e < size; e++) {
      arcs += tails[e] == heads[e] ? 1 : 2;
    }
    return arcs;
  }

  /**
   * Counts the arcs leaving each vertex, then places every arc at the end of its tail's row,
   * walking the edges backwards so that each row ends up in the order the edges were added.
   * The rows are in {@code targets}, row {@code v} being {@code offsets[v]..offsets[v+1]-1}.
   */
  CompressedSparseRowGraph build(boolean directed) {
    long arcs = arcCount(directed);
    if (arcs > MAX_ARCS) {
      throw new IllegalStateException(
          "the " + size + " undirected edges make " + arcs + " arcs, more than " + MAX_ARCS);
    }
    int[] offsets = new int[vertexCount + 1];
    for (int e = 0; e < size; e++) {
      offsets[tails[e]]++;
      if (!directed && tails[e] != heads[e]) {
        offsets[heads[e]]++;
      }
    }
    for (int v = 1; v < vertexCount; v++) {
      offsets[v] += offsets[v - 1]; // now offsets[v] is the end of row v
    }
    offsets[vertexCount] = (int) arcs;
    int[] targets = new int[(int) arcs];
    double[] arcWeights = weights == null ? null : new double[(int) arcs];
    for (int e = size - 1; e >= 0; e--) {
      int u = tails[e];
      int v = heads[e];
      int slot = --offsets[u];
      targets[slot] = v;
      if (arcWeights != null) {
        arcWeights[slot] = weights[e];
      }
      if (!directed && u != v) {
        slot = --offsets[v];
        targets[slot] = u;
        if (arcWeights != null) {
          arcWeights[slot] = weights[e];
        }
      }
    }
    // Every row's end cursor has walked back to the row's start.
    if (arcWeights == null) {
      return new CompressedSparseRowGraph(directed, size, offsets, targets);
    }
    return new CompressedSparseRowWeightedGraph(directed, size, offsets, targets, arcWeights);
  }
}
