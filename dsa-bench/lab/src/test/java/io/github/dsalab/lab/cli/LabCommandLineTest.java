package io.github.dsalab.lab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dsalab.lab.counts.Catalogue;
import io.github.dsalab.lab.inputs.InputShape;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
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
}
