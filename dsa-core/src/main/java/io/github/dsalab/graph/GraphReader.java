package io.github.dsalab.graph;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Reads graphs from text files in the dsa-lab graph format.
 *
 * <p><b>The format.</b> A header line, then one line per edge:
 *
 * <pre>
 * # a triangle with a tail     (a '#' starts a comment that runs to the end of the line)
 * 4 4 undirected               (header: vertex count, edge count, directed or undirected)
 * 0 1                          (an edge: two vertex numbers from 0 to n - 1)
 * 1 2
 * 2 0
 * 2 3
 * </pre>
 *
 * <ul>
 *   <li>Fields are separated by spaces or tabs. Blank lines and comments are ignored anywhere,
 *       including after the fields of a line.</li>
 *   <li>The header is {@code n m directed} or {@code n m undirected}, with {@code n >= 0}
 *       vertices and exactly {@code m >= 0} edge lines after it.</li>
 *   <li>An edge line is {@code u v} or {@code u v w}: vertices {@code u} and {@code v}
 *       (possibly equal: a self-loop; repeats are parallel edges) and an optional weight
 *       {@code w}, a decimal number such as {@code 3}, {@code -0.5} or {@code 1e-3}. Either every
 *       edge line has a weight, and the graph is a {@link WeightedGraph}, or none has.</li>
 * </ul>
 *
 * <p>Every mistake is reported as a {@link GraphFormatException} naming the file and line: a
 * missing or malformed header, a negative count, something that is not a number, a vertex out
 * of range, a weight that is not a finite decimal number, a line with the wrong number of
 * fields, and more or fewer edge lines than the header announced.
 *
 * <table class="striped">
 *   <caption>Cost, for a file of {@code L} lines describing {@code V} vertices and {@code E} edges</caption>
 *   <tr><th>operation</th><th>time</th><th>extra space</th></tr>
 *   <tr><td>{@code read}, {@code readWeighted}</td><td>{@code O(L + V + E)}</td><td>{@code O(V + E)}</td></tr>
 * </table>
 *
 * <pre>{@code
 * Graph graph = GraphReader.read(Path.of("seeds/graphs/tiny-dag.txt"));
 * TopologicalSort sort = TopologicalSort.kahn(graph);
 * List<Integer> order = sort.order();
 * }</pre>
 */
public final class GraphReader {
  private static final Pattern WHITESPACE = Pattern.compile("[ \\t]+");
  private static final Pattern INTEGER = Pattern.compile("-?[0-9]+");
  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?");

  private GraphReader() {}

  /**
   * Reads a graph from a UTF-8 file; a file with weights gives a {@link WeightedGraph}.
   *
   * @param file the file to read; its path names it in error messages
   * @return the graph
   * @throws GraphFormatException if the file does not follow the format
   * @throws IOException if the file cannot be read
   * @throws NullPointerException if {@code file} is null
   */
  public static Graph read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(in, file.toString(), false);
    }
  }

  /**
   * Reads a weighted graph from a UTF-8 file in which every edge line has a weight.
   *
   * @param file the file to read; its path names it in error messages
   * @return the weighted graph
   * @throws GraphFormatException if the file does not follow the format or an edge has no weight
   * @throws IOException if the file cannot be read
   * @throws NullPointerException if {@code file} is null
   */
  public static WeightedGraph readWeighted(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return (WeightedGraph) parse(in, file.toString(), true);
    }
  }

  /**
   * Reads a graph from {@code reader}, which is left open; a text with weights gives a
   * {@link WeightedGraph}.
   *
   * @param reader the text to read
   * @param fileName the name to put in error messages
   * @return the graph
   * @throws GraphFormatException if the text does not follow the format
   * @throws IOException if {@code reader} fails
   * @throws NullPointerException if {@code reader} or {@code fileName} is null
   */
  public static Graph read(Reader reader, String fileName) throws IOException {
    return parse(buffered(reader), Objects.requireNonNull(fileName, "fileName"), false);
  }

  /**
   * Reads a weighted graph from {@code reader}, which is left open; every edge line must have a
   * weight.
   *
   * @param reader the text to read
   * @param fileName the name to put in error messages
   * @return the weighted graph
   * @throws GraphFormatException if the text does not follow the format or an edge has no weight
   * @throws IOException if {@code reader} fails
   * @throws NullPointerException if {@code reader} or {@code fileName} is null
   */
  public static WeightedGraph readWeighted(Reader reader, String fileName) throws IOException {
    return (WeightedGraph)
        parse(buffered(reader), Objects.requireNonNull(fileName, "fileName"), true);
  }

  private static BufferedReader buffered(Reader reader) {
    Objects.requireNonNull(reader, "reader");
    return reader instanceof BufferedReader ? (BufferedReader) reader : new BufferedReader(reader);
  }

  private static Graph parse(BufferedReader in, String name, boolean requireWeights)
      throws IOException {
    LineSource lines = new LineSource(in, name);
    String[] header = lines.next();
    if (header == null) {
      throw lines.error("no header line 'n m directed' or 'n m undirected'");
    }
    if (header.length != 3) {
      throw lines.error(
          "the header must be 'n m directed' or 'n m undirected', not " + header.length + " fields");
    }
    int n = parseCount(lines, header[0], "vertex count");
    int m = parseCount(lines, header[1], "edge count");
    boolean directed;
    if (header[2].equals("directed")) {
      directed = true;
    } else if (header[2].equals("undirected")) {
      directed = false;
    } else {
      throw lines.error("'" + header[2] + "' is neither 'directed' nor 'undirected'");
    }
    EdgeList edges = null;
    for (String[] fields = lines.next(); fields != null; fields = lines.next()) {
      if (edges != null && edges.size() == m || m == 0) {
        throw lines.error("more edge lines than the " + m + " the header announced");
      }
      if (fields.length != 2 && fields.length != 3) {
        throw lines.error(
            "an edge is 'u v' or 'u v weight', not " + fields.length + " fields");
      }
      if (edges == null) {
        edges = new EdgeList(n, requireWeights || fields.length == 3);
      }
      boolean weighted = edges.isWeighted();
      if (weighted != (fields.length == 3)) {
        throw lines.error(
            weighted
                ? "this edge has no weight, but "
                    + (requireWeights ? "a weighted graph was asked for" : "earlier edges have")
                : "this edge has a weight, but earlier edges have none");
      }
      int u = parseVertex(lines, fields[0], n);
      int v = parseVertex(lines, fields[1], n);
      if (weighted) {
        edges.add(u, v, parseWeight(lines, fields[2]));
      } else {
        edges.add(u, v);
      }
    }
    int found = edges == null ? 0 : edges.size();
    if (found != m) {
      throw lines.error(
          "the header announced " + m + " edges but the file ends after " + found);
    }
    if (edges == null) {
      edges = new EdgeList(n, requireWeights);
    }
    return edges.build(directed);
  }

  private static int parseCount(LineSource lines, String field, String what)
      throws GraphFormatException {
    int count = parseInt(lines, field, what);
    if (count < 0) {
      throw lines.error(what + " " + count + " is negative");
    }
    return count;
  }

  private static int parseVertex(LineSource lines, String field, int n)
      throws GraphFormatException {
    int v = parseInt(lines, field, "vertex");
    if (v < 0 || v >= n) {
      throw lines.error(Vertices.outOfRange(v, n));
    }
    return v;
  }

  private static int parseInt(LineSource lines, String field, String what)
      throws GraphFormatException {
    if (!INTEGER.matcher(field).matches()) {
      throw lines.error(what + " '" + field + "' is not a whole number");
    }
    try {
      return Integer.parseInt(field);
    } catch (NumberFormatException e) {
      throw lines.error(what + " " + field + " is too large");
    }
  }

  private static double parseWeight(LineSource lines, String field) throws GraphFormatException {
    if (!DECIMAL.matcher(field).matches()) {
      throw lines.error("weight '" + field + "' is not a decimal number");
    }
    double weight = Double.parseDouble(field);
    if (!Double.isFinite(weight)) {
      throw lines.error("weight " + field + " is too large");
    }
    return weight;
  }

  /** The meaningful lines of a text, split into fields, with the current line number. */
  private static final class LineSource {
    private final BufferedReader in;
    private final String name;
    private int lineNumber;

    LineSource(BufferedReader in, String name) {
      this.in = in;
      this.name = name;
    }

    /** The fields of the next line that has any, or null at the end of the text. */
    String[] next() throws IOException {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNumber++;
        int comment = line.indexOf('#');
        String content = (comment >= 0 ? line.substring(0, comment) : line).strip();
        if (!content.isEmpty()) {
          return WHITESPACE.split(content);
        }
      }
      return null;
    }

    /** An error on the current line: the last line read, or line 1 of an empty text. */
    GraphFormatException error(String detail) {
      return new GraphFormatException(name, Math.max(1, lineNumber), detail);
    }
  }
}
