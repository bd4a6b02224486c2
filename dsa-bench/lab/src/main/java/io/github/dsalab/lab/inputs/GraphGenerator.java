package io.github.dsalab.lab.inputs;

import io.github.dsalab.graph.Graph;
import io.github.dsalab.graph.GraphBuilder;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Generates the larger graphs in {@code seeds/graphs/} and the random graphs of
 * {@link GraphBenchmark}, always from a fixed seed so that every run gives the same files.
 *
 * <p>Run {@code java -cp dsa-bench/lab/target/dsa-lab.jar io.github.dsalab.lab.inputs.GraphGenerator
 * seeds/graphs} from the project root to rewrite the generated seed files.
 */
public final class GraphGenerator {
  /** The seed every generated graph starts from. */
  public static final long SEED = Seeds.graphs();

  private GraphGenerator() {}

  /**
   * Returns {@code m} random arcs on {@code n} vertices, each endpoint uniform and independent,
   * so self-loops and parallel arcs occur as chance has it.
   *
   * @param n the number of vertices, at least 1
   * @param m the number of arcs
   * @param seed the random seed
   * @return {@code {tails, heads}}, two arrays of length {@code m}
   */
  public static int[][] randomArcs(int n, int m, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int[] tails = new int[m];
    int[] heads = new int[m];
    for (int e = 0; e < m; e++) {
      tails[e] = random.nextInt(n);
      heads[e] = random.nextInt(n);
    }
    return new int[][] {tails, heads};
  }

  /**
   * The lab's traversal graph: a directed path {@code 0 → 1 → … → V−1}, so that a search from vertex
   * 0 reaches every vertex whatever the density, plus {@code randomArcs} random arcs from a seed
   * fixed by (V, randomArcs). When {@code acyclic}, every random arc points from a lower to a higher
   * vertex, so the graph has a topological order. The count suite counts on these graphs and the
   * timing pass times on them, so a time divides by the count of the very same work.
   *
   * @param vertices V, at least 2
   * @param randomArcs the arcs added to the path's V − 1
   * @param acyclic whether the random arcs keep the graph acyclic
   * @return the graph, with {@code V − 1 + randomArcs} arcs
   */
  public static Graph pathWithRandomArcs(int vertices, int randomArcs, boolean acyclic) {
    if (vertices < 2 || randomArcs < 0) {
      throw new IllegalArgumentException("need vertices >= 2 and randomArcs >= 0, not " + vertices + " and "
          + randomArcs);
    }
    GraphBuilder builder = Graph.builder(vertices).directed();
    for (int v = 0; v + 1 < vertices; v++) {
      builder.addEdge(v, v + 1);
    }
    SplittableRandom random = new SplittableRandom(Seeds.graphs() ^ (31L * vertices + randomArcs));
    for (int e = 0; e < randomArcs; e++) {
      int tail = random.nextInt(vertices);
      int head = random.nextInt(vertices);
      if (acyclic && tail > head) {
        int swap = tail;
        tail = head;
        head = swap;
      }
      if (acyclic && tail == head) {
        head = Math.min(vertices - 1, tail + 1);
        tail = head - 1;
      }
      builder.addEdge(tail, head);
    }
    return builder.build();
  }

  /**
   * Writes the generated seed graphs into {@code args[0]}.
   *
   * @param args the target directory
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: GraphGenerator <directory>");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    Files.createDirectories(dir);
    writeRandomDirected(dir.resolve("random-directed-1000.txt"), 1000, 4000);
    writeRandomWeighted(dir.resolve("random-weighted-2000.txt"), 2000, 6000);
    writeRandomDag(dir.resolve("random-dag-1000.txt"), 1000, 3000);
    writeGrid(dir.resolve("grid-50x50.txt"), 50);
  }

  private static void writeRandomDirected(Path file, int n, int m) throws IOException {
    int[][] arcs = randomArcs(n, m, SEED);
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      header(out, "a random directed graph: " + m + " arcs with uniform independent endpoints");
      out.write(n + " " + m + " directed\n");
      for (int e = 0; e < m; e++) {
        out.write(arcs[0][e] + " " + arcs[1][e] + "\n");
      }
    }
  }

  private static void writeRandomWeighted(Path file, int n, int m) throws IOException {
    int[][] arcs = randomArcs(n, m, SEED + 1);
    SplittableRandom weights = new SplittableRandom(SEED + 2);
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      header(out, "a random undirected graph, weights uniform in 1.0..99.9 with one decimal");
      out.write(n + " " + m + " undirected\n");
      for (int e = 0; e < m; e++) {
        double weight = (10 + weights.nextInt(990)) / 10.0;
        out.write(arcs[0][e] + " " + arcs[1][e] + " " + String.format(Locale.ROOT, "%.1f", weight) + "\n");
      }
    }
  }

  private static void writeRandomDag(Path file, int n, int m) throws IOException {
    SplittableRandom random = new SplittableRandom(SEED + 3);
    int[] rank = new int[n]; // a random permutation, so the order is not just 0, 1, 2, ...
    for (int v = 0; v < n; v++) {
      int j = random.nextInt(v + 1);
      rank[v] = rank[j];
      rank[j] = v;
    }
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      header(out, "a random directed acyclic graph: every arc goes up a hidden random ranking");
      out.write(n + " " + m + " directed\n");
      for (int e = 0; e < m; e++) {
        int a = random.nextInt(n - 1);
        int b = a + 1 + random.nextInt(n - 1 - a);
        out.write(rank[a] + " " + rank[b] + "\n");
      }
    }
  }

  private static void writeGrid(Path file, int side) throws IOException {
    int n = side * side;
    int m = 2 * side * (side - 1);
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      header(out, "a " + side + "x" + side + " grid; vertex r*" + side + "+c is row r, column c");
      out.write(n + " " + m + " undirected\n");
      for (int r = 0; r < side; r++) {
        for (int c = 0; c < side; c++) {
          int v = r * side + c;
          if (c + 1 < side) {
            out.write(v + " " + (v + 1) + "\n");
          }
          if (r + 1 < side) {
            out.write(v + " " + (v + side) + "\n");
          }
        }
      }
    }
  }

  private static void header(Writer out, String what) throws IOException {
    out.write("# " + what + "\n");
    out.write("# generated by io.github.dsalab.lab.inputs.GraphGenerator (seed " + SEED + "); do not edit\n");
  }
}
