package io.github.dsalab.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GraphReaderTest {

  private static Graph read(String text) throws IOException {
    return GraphReader.read(new StringReader(text), "test.txt");
  }

  @Test
  void readsAnUnweightedGraphWithCommentsAndBlankLines() throws IOException {
    Graph g =
        read("# a triangle with a tail\n\n4 4 undirected\n0 1\n1 2  # inline\n\t2\t0 \n\n2 3\n");
    assertFalse(g instanceof WeightedGraph);
    assertFalse(g.isDirected());
    assertEquals(4, g.vertexCount());
    assertEquals(4, g.edgeCount());
    assertEquals(List.of(1, 0, 3), GraphTest.neighbours(g, 2));
  }

  @Test
  void readsAWeightedGraphWithDecimalWeights() throws IOException {
    String text = "3 3 directed\r\n0 1 2.5\r\n1 2 -1e-3\r\n2 2 .5\r\n";
    Graph g = read(text);
    WeightedGraph w = assertInstanceOf(WeightedGraph.class, g);
    assertTrue(w.isDirected());
    assertEquals(2.5, w.weight(0, 0));
    assertEquals(-0.001, w.weight(1, 0));
    assertEquals(0.5, w.weight(2, 0));
    assertEquals(3, GraphReader.readWeighted(new StringReader(text), "t").edgeCount());
  }

  @Test
  void readsEmptyGraphs() throws IOException {
    assertEquals(0, read("0 0 directed").vertexCount());
    assertEquals(0, GraphReader.readWeighted(new StringReader("3 0 undirected\n"), "t").edgeCount());
  }

  @Test
  void readsFilesAndNamesThemInErrors(@TempDir Path dir) throws IOException {
    Path good = dir.resolve("good.txt");
    Files.writeString(good, "2 1 directed\n0 1 7\n");
    assertEquals(1, GraphReader.read(good).edgeCount());
    assertEquals(7.0, GraphReader.readWeighted(good).weight(0, 0));
    Path bad = dir.resolve("bad.txt");
    Files.writeString(bad, "2 1 directed\n0 2\n");
    GraphFormatException e = assertThrows(GraphFormatException.class, () -> GraphReader.read(bad));
    assertEquals(bad.toString(), e.fileName());
    assertEquals(2, e.lineNumber());
    assertEquals(bad + ":2: vertex 2 is not between 0 and 1", e.getMessage());
    assertThrows(NullPointerException.class, () -> GraphReader.read((Path) null));
  }

  static Stream<Arguments> malformed() {
    return Stream.of(
        Arguments.of("", 1, "no header line 'n m directed' or 'n m undirected'"),
        Arguments.of("# only a comment\n\n", 2, "no header line 'n m directed' or 'n m undirected'"),
        Arguments.of("3 2\n0 1\n", 1, "the header must be 'n m directed' or 'n m undirected', not 2 fields"),
        Arguments.of("-3 0 directed\n", 1, "vertex count -3 is negative"),
        Arguments.of("3 -1 directed\n", 1, "edge count -1 is negative"),
        Arguments.of("x 0 directed\n", 1, "vertex count 'x' is not a whole number"),
        Arguments.of("3 1.0 directed\n", 1, "edge count '1.0' is not a whole number"),
        Arguments.of("99999999999 0 directed\n", 1, "vertex count 99999999999 is too large"),
        Arguments.of("3 1 sideways\n", 1, "'sideways' is neither 'directed' nor 'undirected'"),
        Arguments.of("# c\n5 2 directed\n0 1\n0 7\n", 4, "vertex 7 is not between 0 and 4"),
        Arguments.of("5 1 directed\n-1 2\n", 2, "vertex -1 is not between 0 and 4"),
        Arguments.of("5 1 directed\n\n0 1x\n", 3, "vertex '1x' is not a whole number"),
        Arguments.of("5 1 directed\n0 +1\n", 2, "vertex '+1' is not a whole number"),
        Arguments.of("5 1 directed\n0 1 2 3\n", 2, "an edge is 'u v' or 'u v weight', not 4 fields"),
        Arguments.of("5 1 directed\n0\n", 2, "an edge is 'u v' or 'u v weight', not 1 fields"),
        Arguments.of("5 1 directed\n0 1 abc\n", 2, "weight 'abc' is not a decimal number"),
        Arguments.of("5 1 directed\n0 1 NaN\n", 2, "weight 'NaN' is not a decimal number"),
        Arguments.of("5 1 directed\n0 1 1e999\n", 2, "weight 1e999 is too large"),
        Arguments.of("5 2 directed\n0 1 2\n1 2\n", 3, "this edge has no weight, but earlier edges have"),
        Arguments.of("5 2 directed\n0 1\n1 2 3\n", 3, "this edge has a weight, but earlier edges have none"),
        Arguments.of("5 3 directed\n0 1\n1 2\n# end\n", 4, "the header announced 3 edges but the file ends after 2"),
        Arguments.of("5 1 directed\n0 1\n1 2\n", 3, "more edge lines than the 1 the header announced"),
        Arguments.of("5 0 directed\n0 1\n", 2, "more edge lines than the 0 the header announced"));
  }

  @ParameterizedTest
  @MethodSource("malformed")
  void eachMistakeIsReportedWithItsLine(String text, int line, String detail) {
    GraphFormatException e = assertThrows(GraphFormatException.class, () -> read(text));
    assertEquals("test.txt", e.fileName());
    assertEquals(line, e.lineNumber());
    assertEquals(detail, e.detail());
    assertEquals("test.txt:" + line + ": " + detail, e.getMessage());
  }

  @Test
  void readWeightedInsistsOnWeights() {
    GraphFormatException e =
        assertThrows(
            GraphFormatException.class,
            () -> GraphReader.readWeighted(new StringReader("2 1 directed\n0 1\n"), "w.txt"));
    assertEquals(2, e.lineNumber());
    assertEquals("this edge has no weight, but a weighted graph was asked for", e.detail());
  }

  @Provide
  Arbitrary<GraphSpec> anyGraph() {
    return GraphSpec.graphs(0);
  }

  @Property(tries = 100)
  void readsBackWhatAWriterPrints(@ForAll("anyGraph") GraphSpec spec) throws IOException {
    StringBuilder text = new StringBuilder("# generated\n");
    text.append(spec.vertexCount()).append(' ').append(spec.edges().size())
        .append(spec.directed() ? " directed\n" : " undirected\n");
    for (GraphSpec.Edge e : spec.edges()) {
      text.append(e.from()).append(' ').append(e.to()).append(' ').append(e.weight()).append('\n');
    }
    WeightedGraph read = GraphReader.readWeighted(new StringReader(text.toString()), "gen");
    WeightedGraph built = spec.toWeightedGraph();
    assertEquals(built.vertexCount(), read.vertexCount());
    assertEquals(built.edgeCount(), read.edgeCount());
    assertEquals(built.isDirected(), read.isDirected());
    for (int v = 0; v < built.vertexCount(); v++) {
      assertEquals(GraphTest.neighbours(built, v), GraphTest.neighbours(read, v));
      for (int i = 0; i < built.degree(v); i++) {
        assertEquals(built.weight(v, i), read.weight(v, i));
      }
    }
  }
}
