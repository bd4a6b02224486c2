package io.github.dsalab.lab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.dsalab.lab.counts.Catalogue;
import io.github.dsalab.lab.inputs.InputShape;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The lab's command line: usage errors exit with 2 and say what is valid. */
class LabCommandLineTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine commandLine = Lab.commandLine();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    return commandLine.execute(args);
  }

  @Test
  void unknownOptionExitsWithTwoAndShowsTheValidOptions() {
    assertEquals(2, run("--no-such-option"));
    String message = err.toString();
    assertTrue(message.contains("Unknown option: '--no-such-option'"), message);
    assertTrue(message.contains("--counts-only") && message.contains("--algorithms"), message);
  }

  @Test
  void unknownAlgorithmExitsWithTwoAndListsTheValidAlgorithms() {
    assertEquals(2, run("--counts-only", "--algorithms", "bogo-sort"));
    String message = err.toString();
    assertTrue(message.contains("Unknown algorithm 'bogo-sort'"), message);
    for (String valid : Catalogue.algorithmNames(Catalogue.all())) {
      assertTrue(message.contains(valid), valid + " missing from: " + message);
    }
  }

  @Test
  void unknownTopicAndShapeExitWithTwoAndListTheValidOnes() {
    assertEquals(2, run("--counts-only", "--topics", "hashing"));
    assertTrue(err.toString().contains("Unknown topic 'hashing'. Valid topics: "
        + String.join(", ", Catalogue.topics(Catalogue.all()))), err.toString());
    assertEquals(2, run("--counts-only", "--shapes", "zigzag"));
    assertTrue(err.toString().contains("Unknown shape 'zigzag'. Valid shapes: random, sorted, reversed,"
        + " few-distinct, adversarial"), err.toString());
  }

  @Test
  void tooFewSizesToFitAreAUsageError() {
    assertEquals(2, run("--counts-only", "--sizes", "8,16,32"));
    assertTrue(err.toString().contains("at least 5 distinct sizes"), err.toString());
  }

  @Test
  void nonNumericSizeIsAUsageError() {
    assertEquals(2, run("--counts-only", "--sizes", "8,many"));
    assertTrue(err.toString().contains("many"), err.toString());
  }

  @Test
  void namesMatchIgnoringCaseSpacesAndDashes() {
    Lab lab = new Lab();
    CommandLine commandLine = new CommandLine(lab);
    commandLine.parseArgs("--algorithms", "InsertionSort,merge sort", "--shapes", "SORTED");
    lab.spec = commandLine.getCommandSpec();
    assertEquals(2, lab.select().size());
    assertTrue(lab.select().stream().allMatch(e -> e.shape() == InputShape.SORTED));
  }

  @Test
  void helpListsTheOptions() {
    assertEquals(0, run("--help"));
    String help = out.toString();
    for (String option : new String[] {"--algorithms", "--topics", "--shapes", "--sizes", "--counts-only",
        "--time-budget", "--output", "--json", "fit"}) {
      assertTrue(help.contains(option), option + " missing from help: " + help);
    }
  }

  /** The JSON the lab prints and writes, read back with a real JSON parser (Gson). */
  @Test
  void theLabsJsonOutputAndFileParseAndAgree(@TempDir Path folder) throws Exception {
    StringWriter json = new StringWriter();
    CommandLine lab = Lab.commandLine();
    lab.setOut(new PrintWriter(json));
    assertEquals(0, lab.execute("--counts-only", "--quiet", "--json", "--algorithms", "heapify,breadth-first-search",
        "--output", folder.toString()));
    JsonElement printed = JsonParser.parseString(json.toString());
    JsonElement written = JsonParser.parseString(Files.readString(folder.resolve("results.json")));
    JsonArray rows = written.getAsJsonObject().getAsJsonArray("rows");
    assertEquals(printed.getAsJsonObject().getAsJsonArray("rows"), rows);
    assertEquals(2, rows.size());
    JsonObject graph = rows.get(1).getAsJsonObject();
    assertEquals("O(V + E)", graph.get("expected").getAsString());
    JsonObject point = graph.getAsJsonObject("counts").getAsJsonArray("points").get(0).getAsJsonObject();
    assertTrue(point.has("m"), "two-size points carry m (E): " + point);
    assertEquals(point.get("n").getAsLong() + point.get("m").getAsLong(), point.get("median").getAsLong(),
        "BFS visits V vertices and scans E arcs: " + point);
  }

  @Test
  void ratiosRejectsAnUnknownPairOneForkAndATinySizeWithExitTwo() {
    assertEquals(2, run("ratios", "--pairs", "bogo-sort"));
    assertTrue(err.toString().contains("Unknown pair 'bogo-sort'. Valid pairs: avl-tree, binary-heap,"), err.toString());
    assertEquals(2, run("ratios", "--forks", "1"));
    assertTrue(err.toString().contains("forks is 1, must be at least 2"), err.toString());
    assertEquals(2, run("ratios", "--n", "10"));
    assertTrue(err.toString().contains("--n is 10, must be at least 1000"), err.toString());
    assertEquals(2, run("ratios", "--time", "zero"));
  }
}
