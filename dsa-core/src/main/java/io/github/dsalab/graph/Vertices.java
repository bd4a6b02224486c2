package io.github.dsalab.graph;

/** The one place that words the message for a vertex out of range. */
final class Vertices {
  private Vertices() {}

  /**
   * Returns {@code v} if it is a vertex of a graph with {@code vertexCount} vertices.
   *
   * @throws IllegalArgumentException naming {@code v} and the valid range otherwise
   */
  static int check(int v, int vertexCount) {
    if (v < 0 || v >= vertexCount) {
      throw new IllegalArgumentException(outOfRange(v, vertexCount));
    }
    return v;
  }

  /** The message for a vertex {@code v} that is not in {@code 0..vertexCount-1}. */
  static String outOfRange(int v, int vertexCount) {
    if (vertexCount == 0) {
      return "vertex " + v + " does not exist: the graph has no vertices";
    }
    return "vertex " + v + " is not between 0 and " + (vertexCount - 1);
  }

  /** Checks a vertex count for a builder or a structure of that size. */
  static int checkCount(int vertexCount) {
    if (vertexCount < 0) {
      throw new IllegalArgumentException("vertex count " + vertexCount + " is negative");
    }
    return vertexCount;
  }
}
