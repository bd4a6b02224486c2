package io.github.dsalab.lab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dsalab.lab.counts.Catalogue;
import io.github.dsalab.trace.TraceCatalogue;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code ./lab trace}: writes a page and prints its path; usage errors exit with 2 and say what is valid. */
class TraceCommandTest {
  @TempDir Path folder;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine commandLine = Lab.commandLine();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    return commandLine.execute(args);
  }

  @Test
  void writesThePageOfTheGivenInputAndPrintsItsPath() throws Exception {
    assertEquals(0, run("trace", "Insertion Sort", "--input", "5, 2, 9, 1", "--output", folder.toString()));
    Path page = folder.resolve("insertion-sort.html").toAbsolutePath().normalize();
    assertTrue(out.toString().contains("Page:   " + page), out.toString());
    assertTrue(out.toString().contains("Insertion sort: 6 steps on [5, 2, 9, 1]"), out.toString());
    String html = Files.readString(page);
    assertTrue(html.contains("compare a[0]=5 with a[1]=2: swap a[0] ↔ a[1]"), "the page holds the steps");
  }

  @Test
  void everyTraceableAlgorithmIsOneOfTheLabsAlgorithmsOrDijkstra() {
    List<String> lab = Catalogue.algorithmNames(Catalogue.all());
    for (String name : TraceCatalogue.names()) {
      assertTrue(lab.contains(name) || name.equals("dijkstra-shortest-paths"), name + " is not a lab slug");
    }
  }

  @Test
  void anUnknownAlgorithmExitsWithTwoAndListsTheValidOnes() {
    assertEquals(2, run("trace", "bogo-sort", "--output", folder.toString()));
    assertTrue(err.toString().contains("Unknown algorithm 'bogo-sort'. Valid algorithms: "
        + String.join(", ", TraceCatalogue.names())), err.toString());
  }

  @Test
  void badOptionsExitWithTwoAndNameTheProblem() {
    assertEquals(2, run("trace", "merge-sort", "--shape", "zigzag", "--output", folder.toString()));
    assertTrue(err.toString().contains("unknown shape 'zigzag'; valid shapes: random, sorted, reversed, few-distinct"),
        err.toString());
    assertEquals(2, run("trace", "merge-sort", "--n", "500", "--output", folder.toString()));
    assertTrue(err.toString().contains("--n 500 is not between 1 and 64"), err.toString());
    assertEquals(2, run("trace", "merge-sort", "--input", "5,two,1", "--output", folder.toString()));
    assertTrue(err.toString().contains("--input value 2 'two' is not an integer"), err.toString());
    assertEquals(2, run("trace", "breadth-first-search", "--graph", folder.resolve("none.txt").toString(),
        "--output", folder.toString()));
    assertTrue(err.toString().contains("no such file"), err.toString());
    assertEquals(2, run("trace", "merge-sort", "--no-such-option"));
  }

  @Test
  void aMalformedGraphFileIsReportedWithItsLine() throws Exception {
    Path graph = folder.resolve("bad.txt");
    Files.writeString(graph, "3 2 undirected\n0 1\n1 7\n");
    assertEquals(2, run("trace", "depth-first-search", "--graph", graph.toString(), "--output", folder.toString()));
    assertTrue(err.toString().contains("bad.txt:3"), err.toString());
  }

  @Test
  void aGraphTooLargeToDrawIsRefused() {
    assertEquals(2, run("trace", "breadth-first-search", "--graph",
        Path.of("../../seeds/graphs/grid-50x50.txt").toString(), "--output", folder.toString()));
    assertTrue(err.toString().contains("at most 60"), err.toString());
  }

  /** A repository with the track manifest and a learner's workspace file holding {@code source}. */
  private Path workspace(String source) throws Exception {
    Path root = folder.resolve("repo");
    Files.createDirectories(root.resolve("exercises/workspace/sort"));
    Files.writeString(root.resolve("exercises/track.properties"), "insertion-sort.class = sort.InsertionSort\n");
    Files.writeString(root.resolve("exercises/workspace/sort/InsertionSort.java"), source);
    return root;
  }

  private int runYours(Path root, String... args) {
    String before = System.getProperty("dsa.root");
    System.setProperty("dsa.root", root.toString());
    try {
      return run(args);
    } finally {
      if (before == null) {
        System.clearProperty("dsa.root");
      } else {
        System.setProperty("dsa.root", before);
      }
    }
  }

  @Test
  void yoursTracesTheLearnersCurrentSolution() throws Exception {
    Path root = workspace(Files.readString(Path.of("../../exercises/solutions/sort/InsertionSort.java")));
    assertEquals(0, runYours(root, "trace", "insertion-sort", "--yours", "--input", "5,2,9,1", "--output",
        folder.toString()));
    assertTrue(out.toString().contains("Result: sorted: 5 comparisons"), out.toString());
    assertTrue(Files.readString(folder.resolve("insertion-sort-yours.html")).contains("compare a[0]=5 with a[1]=2: swap a[0] ↔ a[1]"));
  }

  @Test
  void yoursSaysWhatIsMissingOrBroken() throws Exception {
    Path root = workspace("package io.github.dsalab.exercises.sort;\nclass InsertionSort { int x = ; }\n");
    assertEquals(2, runYours(root, "trace", "insertion-sort", "--yours", "--output", folder.toString()));
    assertTrue(err.toString().contains("your solution does not compile:")
        && err.toString().contains("InsertionSort.java:2: "), err.toString());
    assertEquals(2, runYours(root, "trace", "merge-sort", "--yours", "--output", folder.toString()));
    assertTrue(err.toString().contains("the track has no exercise 'merge-sort'"), err.toString());
    assertEquals(2, runYours(root, "trace", "tree-height", "--yours", "--output", folder.toString()));
    assertTrue(err.toString().contains("Exercise 'tree-height' cannot be traced. These can: bubble-sort"), err.toString());
  }
}
