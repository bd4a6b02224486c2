package io.github.dsalab.complexity;

/**
 * Growth classes of graph algorithms, whose cost depends on the vertex count {@code V} and the
 * edge count {@code E} separately, such as {@code O(V + E)} for breadth-first search.
 *
 * <p>Each class is a sum of terms; {@link TwoVariableFitter} fits {@code a + Σ bⱼ·termⱼ} with
 * every coefficient non-negative, so {@code O(V + E)} has its own coefficient for {@code V} and
 * for {@code E} (multiple regression), and it is told apart from {@code O(E)} or {@code O(V)}
 * only if the measurements vary {@code V} and {@code E} independently. The candidates cover the
 * syllabus: traversals, sorting edges or Dijkstra with a binary heap ({@code O(E log V)}, and
 * {@code O((V + E) log V)}), Dijkstra with a Fibonacci heap or Prim ({@code O(V log V + E)}),
 * adjacency-matrix scans ({@code O(V²)}), Bellman–Ford ({@code O(V·E)}) and Floyd–Warshall
 * ({@code O(V³)}). Logarithms are base 2.
 *
 * <table class="striped">
 *   <caption>Terms of each class</caption>
 *   <tr><th>constant</th><th>display name</th><th>terms</th></tr>
 *   <tr><td>{@link #VERTICES}</td><td>{@code O(V)}</td><td>{@code V}</td></tr>
 *   <tr><td>{@link #EDGES}</td><td>{@code O(E)}</td><td>{@code E}</td></tr>
 *   <tr><td>{@link #VERTICES_PLUS_EDGES}</td><td>{@code O(V + E)}</td><td>{@code V}, {@code E}</td></tr>
 *   <tr><td>{@link #V_LOG_V_PLUS_E}</td><td>{@code O(V log V + E)}</td><td>{@code V log V}, {@code E}</td></tr>
 *   <tr><td>{@link #E_LOG_V}</td><td>{@code O(E log V)}</td><td>{@code E log V}</td></tr>
 *   <tr><td>{@link #V_PLUS_E_LOG_V}</td><td>{@code O((V + E) log V)}</td><td>{@code V log V}, {@code E log V}</td></tr>
 *   <tr><td>{@link #V_SQUARED}</td><td>{@code O(V²)}</td><td>{@code V²}</td></tr>
 *   <tr><td>{@link #V_TIMES_E}</td><td>{@code O(V·E)}</td><td>{@code V·E}</td></tr>
 *   <tr><td>{@link #V_CUBED}</td><td>{@code O(V³)}</td><td>{@code V³}</td></tr>
 * </table>
 *
 * <pre>{@code
 * TwoVariableClass bfs = TwoVariableClass.VERTICES_PLUS_EDGES;
 * int terms = bfs.termCount();                  // 2: V and E
 * double work = bfs.term(1, 1000, 5000);        // 5000.0, the E term
 * }</pre>
 */
public enum TwoVariableClass implements GrowthClass {
  /** {@code O(V)}: work per vertex only. */
  VERTICES("O(V)", "O(V)"),
  /** {@code O(E)}: work per edge only. */
  EDGES("O(E)", "O(E)"),
  /** {@code O(V + E)}: every vertex and every edge once, as in BFS and DFS. */
  VERTICES_PLUS_EDGES("O(V + E)", "O(V + E)"),
  /** {@code O(V log V + E)}: Dijkstra with a Fibonacci heap. */
  V_LOG_V_PLUS_E("O(V log V + E)", "O(V log V + E)"),
  /** {@code O(E log V)}: Kruskal, lazy Prim, Dijkstra with a binary heap on connected graphs. */
  E_LOG_V("O(E log V)", "O(E log V)"),
  /** {@code O((V + E) log V)}: Dijkstra with a binary heap. */
  V_PLUS_E_LOG_V("O((V + E) log V)", "O((V + E) log V)"),
  /** {@code O(V²)}: a scan of the adjacency matrix. */
  V_SQUARED("O(V²)", "O(V^2)"),
  /** {@code O(V·E)}: Bellman–Ford. */
  V_TIMES_E("O(V·E)", "O(V*E)"),
  /** {@code O(V³)}: Floyd–Warshall. */
  V_CUBED("O(V³)", "O(V^3)");

  private static final double LN_2 = Math.log(2);

  private final String displayName;
  private final String asciiName;

  TwoVariableClass(String displayName, String asciiName) {
    this.displayName = displayName;
    this.asciiName = asciiName;
  }

  /**
   * Returns the name a learner reads, such as {@code "O(V + E)"}.
   *
   * @return the display name
   */
  @Override
  public String displayName() {
    return displayName;
  }

  /**
   * Returns the display name in ASCII, such as {@code "O(V^2)"}.
   *
   * @return the ASCII name
   */
  @Override
  public String asciiName() {
    return asciiName;
  }

  /**
   * Returns how many terms (each with its own coefficient) the class has: 1 or 2.
   *
   * @return the number of terms
   */
  public int termCount() {
    switch (this) {
      case VERTICES_PLUS_EDGES:
      case V_LOG_V_PLUS_E:
      case V_PLUS_E_LOG_V:
        return 2;
      default:
        return 1;
    }
  }

  /**
   * Returns the value of one term at {@code (V, E)}.
   *
   * @param index the term, from 0 to {@link #termCount()} − 1
   * @param vertices {@code V}, at least 1
   * @param edges {@code E}, at least 1
   * @return the term's value, e.g. {@code E·log₂ V}
   * @throws IndexOutOfBoundsException if {@code index} is not a term
   * @throws IllegalArgumentException if {@code vertices} or {@code edges} is below 1
   */
  public double term(int index, double vertices, double edges) {
    java.util.Objects.checkIndex(index, termCount());
    if (!(vertices >= 1) || !(edges >= 1)) {
      throw new IllegalArgumentException(
          "(V, E) = (" + vertices + ", " + edges + ") is not at least (1, 1)");
    }
    double logV = Math.log(vertices) / LN_2;
    switch (this) {
      case VERTICES:
        return vertices;
      case EDGES:
        return edges;
      case VERTICES_PLUS_EDGES:
        return index == 0 ? vertices : edges;
      case V_LOG_V_PLUS_E:
        return index == 0 ? vertices * logV : edges;
      case E_LOG_V:
        return edges * logV;
      case V_PLUS_E_LOG_V:
        return index == 0 ? vertices * logV : edges * logV;
      case V_SQUARED:
        return vertices * vertices;
      case V_TIMES_E:
        return vertices * edges;
      case V_CUBED:
        return vertices * vertices * vertices;
      default:
        throw new AssertionError(this);
    }
  }

  /**
   * Returns the display name.
   *
   * @return {@link #displayName()}
   */
  @Override
  public String toString() {
    return displayName;
  }
}
