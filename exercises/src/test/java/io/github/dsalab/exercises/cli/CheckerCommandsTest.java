package io.github.dsalab.exercises.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dsalab.exercises.checker.IsolatedRun;
import io.github.dsalab.exercises.checker.OutcomeText;
import io.github.dsalab.exercises.checker.SpecRunner;
import io.github.dsalab.exercises.track.Track;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The learner's commands, run in-process against a copy of the track in a temporary checkout. */
class CheckerCommandsTest {
  private static final Path EXERCISES = Paths.get("").toAbsolutePath();

  @TempDir
  Path root;

  private String out;
  private String err;

  @BeforeEach
  void copyTheTrack() throws IOException {
    for (String part : new String[] {"track.properties", "stubs", "specs", "solutions"}) {
      Path source = EXERCISES.resolve(part);
      try (Stream<Path> paths = Files.walk(source)) {
        for (Path path : (Iterable<Path>) paths::iterator) {
          Path target = root.resolve("exercises").resolve(EXERCISES.relativize(path).toString());
          if (Files.isDirectory(path)) {
            Files.createDirectories(target);
          } else {
            Files.createDirectories(target.getParent());
            Files.copy(path, target);
          }
        }
      }
    }
    System.setProperty("dsa.root", root.toString());
  }

  @AfterEach
  void forgetTheRoot() {
    System.clearProperty("dsa.root");
  }

  private int run(String... args) {
    StringWriter outText = new StringWriter();
    StringWriter errText = new StringWriter();
    int exit = Checker.commandLine(new PrintWriter(outText, true), new PrintWriter(errText, true)).execute(args);
    out = outText.toString();
    err = errText.toString();
    return exit;
  }

  private Path workspaceFile() {
    return root.resolve("exercises/workspace/search/BinarySearch.java");
  }

  /** Replaces the body of the stub's indexOf with {@code body}. */
  private void writeBinarySearch(String body) throws IOException {
    String stub = Files.readString(root.resolve("exercises/stubs/search/BinarySearch.java"), StandardCharsets.UTF_8);
    String learner = stub.replace("    throw new UnsupportedOperationException(\"TODO: binary search for key in sorted\");", body);
    Files.createDirectories(workspaceFile().getParent());
    Files.writeString(workspaceFile(), learner, StandardCharsets.UTF_8);
  }

  @Test
  void listShowsEveryExerciseAsTodoAndAnEmptyProgressBar() {
    assertEquals(0, run("list"));
    int total = Track.load(root).exercises().size();
    assertTrue(out.contains("binary-search"), out);
    assertTrue(out.contains("0/" + total + " done (0%)"), out);
    assertTrue(out.contains("Next: ./lab check lower-median"), out);
  }

  @Test
  void aMistypedNameSuggestsTheClosestOneWithExitCodeTwo() {
    assertEquals(2, run("check", "binary-serch"));
    assertTrue(err.contains("Did you mean binary-search?"), err);
    assertEquals(2, run("hint", "bnary"));
    assertTrue(err.contains("Did you mean binary-search?"), err);
  }

  @Test
  void anUntouchedStubIsNotStartedAndGetsItsWorkspaceCopy() {
    assertEquals(1, run("check", "binary-search"));
    assertTrue(out.contains("not started yet"), out);
    assertTrue(Files.isRegularFile(workspaceFile()));
  }

  @Test
  void aWrongAnswerShowsTheSmallestFailingInputExpectedAndActual() throws IOException {
    writeBinarySearch("    for (int i = 0; i < sorted.length - 1; i++) {\n"
        + "      if (order.compare(sorted[i], key) == 0) {\n        return OptionalInt.of(i);\n      }\n    }\n"
        + "    return OptionalInt.empty();");
    assertEquals(1, run("check", "binary-search"));
    assertTrue(out.contains("Smallest failing input (shrunk by jqwik):"), out);
    assertTrue(out.contains("Expected: OptionalInt["), out);
    assertTrue(out.contains("Actual:   OptionalInt.empty"), out);
    assertTrue(out.contains("./lab hint binary-search"), out);
  }

  @Test
  void aFailingSampleIsReplayedBesideTheReferenceUpToTheFirstDifference() throws IOException {
    // The planted bug: high = middle - 1 drops the middle's left neighbour from the window.
    writeBinarySearch("    int low = 0;\n    int high = sorted.length;\n    while (low < high) {\n"
        + "      int middle = (low + high) >>> 1;\n      int c = order.compare(sorted[middle], key);\n"
        + "      if (c == 0) {\n        return OptionalInt.of(middle);\n      } else if (c < 0) {\n"
        + "        low = middle + 1;\n      } else {\n        high = middle - 1;\n      }\n    }\n"
        + "    return OptionalInt.empty();");
    assertEquals(1, run("check", "binary-search"));
    assertTrue(out.contains("Your code, replayed beside the reference on that input, parts at step "), out);
    assertTrue(out.contains(": yours — indexOf(") || out.contains(": yours stopped (indexOf("), out);
    assertTrue(out.contains("Watch both step by step: trace-report/replay-binary-search.html"), out);
    assertTrue(Files.isRegularFile(root.resolve("trace-report/replay-binary-search.html")));
  }

  @Test
  void aSlowButCorrectAnswerIsRejectedByTheComplexityGate() throws IOException {
    writeBinarySearch("    for (int i = 0; i < sorted.length; i++) {\n"
        + "      if (order.compare(sorted[i], key) == 0) {\n        return OptionalInt.of(i);\n      }\n    }\n"
        + "    return OptionalInt.empty();");
    assertEquals(1, run("check", "binary-search"));
    assertTrue(out.contains("correct, but on sorted input measured O(n) where O(log n) is expected"), out);
  }

  @Test
  void aLoopThatNeverEndsIsStoppedAfterTheTimeout() throws IOException {
    writeBinarySearch("    int low = 0;\n    while (low < sorted.length) {\n      low = low * 1;\n    }\n"
        + "    return OptionalInt.empty();");
    assertEquals(1, run("check", "--timeout=2", "binary-search"));
    assertTrue(out.contains("stopped at the time limit while running test \""), out);
  }

  @Test
  void codeThatWaitsInsteadOfWorkingIsStoppedByTheWallClock() throws IOException {
    // Sleeping uses no processor time, so only the wall-time limit (3 × --timeout) can stop it.
    writeBinarySearch("    try {\n      Thread.sleep(Long.MAX_VALUE);\n    } catch (InterruptedException e) {\n"
        + "      Thread.currentThread().interrupt();\n    }\n    return OptionalInt.empty();");
    long start = System.nanoTime();
    assertEquals(1, run("check", "--timeout=1", "binary-search"));
    long seconds = (System.nanoTime() - start) / 1_000_000_000L;
    assertTrue(out.contains("stopped at the time limit while running test \""), out);
    assertTrue(seconds >= IsolatedRun.WALL_PER_CPU, "stopped after " + seconds + " s, before the wall-time limit");
  }

  @Test
  void systemExitInTheLearnersCodeIsAFailureNotAPass() throws IOException {
    writeBinarySearch("    System.exit(0);\n    return OptionalInt.empty();");
    assertEquals(1, run("check", "binary-search"));
    assertTrue(out.contains("your code ended the program while running test"), out);
    assertTrue(out.contains("it called System.exit(0) at BinarySearch.indexOf(BinarySearch.java:"), out);
  }

  @Test
  void whatTheLearnersCodePrintsIsShownAsTheirsAndCannotForgeAResult() throws IOException {
    writeBinarySearch("    System.out.println(\"looking for \" + key);\n"
        + "    System.out.println(\"result 0 AAAA\");\n    return OptionalInt.empty();");
    assertEquals(1, run("check", "binary-search"));
    assertTrue(out.contains("Your code printed:\n  | looking for "), out);
    assertTrue(out.contains("  | ... (more lines not shown)"), out);
    assertTrue(out.contains("tests fail"), out);
  }

  @Test
  void aShortcutIsRejectedWithItsLineBeforeAnythingRuns() throws IOException {
    writeBinarySearch("    int found = java.util.Arrays.binarySearch(sorted, key, order);\n"
        + "    return found < 0 ? OptionalInt.empty() : OptionalInt.of(found);");
    assertEquals(1, run("check", "binary-search"));
    assertTrue(out.matches("(?s).*binary-search: line \\d+ calls java.util.Arrays.binarySearch, which this exercise asks"
        + " you to write yourself\\..*"), out);
  }

  @Test
  void anInternalErrorIsOneLineWithExitCodeThree() throws IOException {
    Path manifest = root.resolve("exercises/track.properties");
    Files.writeString(manifest, Files.readString(manifest) + "binary-search.hnt.3 = a typo\n");
    assertEquals(Checker.INTERNAL_ERROR, run("check", "binary-search"));
    assertEquals(1, err.lines().count(), err);
    assertTrue(err.startsWith("dsa-lab checker: internal error (not your code): ")
        && err.contains("unknown key binary-search.hnt.3; did you mean binary-search.hint.3?"), err);
    assertTrue(!err.contains("\tat ") && !err.contains("Exception"), err);
  }

  @Test
  void anExceptionIsReportedWithTheLearnersFramesOnly() throws IOException {
    writeBinarySearch("    return OptionalInt.of(order.compare(sorted[sorted.length], key));");
    assertEquals(1, run("check", "binary-search"));
    assertTrue(out.contains("Your code threw java.lang.ArrayIndexOutOfBoundsException"), out);
    assertTrue(out.contains("at BinarySearch.indexOf(BinarySearch.java:"), out);
    assertTrue(!out.contains("org.junit") && !out.contains("BinarySearchSpec"), out);
  }

  @Test
  void aCompileErrorPointsAtTheLine() throws IOException {
    writeBinarySearch("    return 42;");
    assertEquals(1, run("check", "binary-search"));
    assertTrue(out.contains("does not compile"), out);
    assertTrue(out.contains("BinarySearch.java:"), out);
  }

  @Test
  void aPassingAnswerIsDoneUnlocksTheSolutionAndSurvivesARestart() throws IOException {
    assertEquals(1, run("solution", "binary-search"));
    assertTrue(err.contains("Solve it first"), err);
    Files.createDirectories(workspaceFile().getParent());
    Files.copy(root.resolve("exercises/solutions/search/BinarySearch.java"), workspaceFile());
    assertEquals(0, run("check", "binary-search"));
    assertTrue(out.contains("Complexity: measured O(log n)"), out);
    assertEquals(0, run("solution", "binary-search"));
    assertTrue(out.contains("Reference solution of the binary search exercise"), out);
    assertEquals(0, run("list"));
    assertTrue(out.contains(" 1/"), out);
    assertTrue(Files.readString(root.resolve(".dsa-progress")).contains("binary-search.status=done"));
  }

  @Test
  void hintsAreRevealedOneAtATimeAndRemembered() {
    assertEquals(0, run("hint", "binary-search"));
    assertTrue(out.contains("Hint 1 of 3") && !out.contains("Hint 2 of 3"), out);
    assertEquals(0, run("hint", "binary-search"));
    assertTrue(out.contains("Hint 1 of 3") && out.contains("Hint 2 of 3"), out);
  }

  @Test
  void resetPutsTheStubBack() throws IOException {
    writeBinarySearch("    return OptionalInt.empty();");
    assertEquals(0, run("reset", "--yes", "binary-search"));
    assertEquals(Files.readString(root.resolve("exercises/stubs/search/BinarySearch.java")), Files.readString(workspaceFile()));
  }

  @Test
  void checkWithoutANameTakesTheNextUnsolvedExercise() {
    assertEquals(1, run("check"));
    assertTrue(out.contains("#1 lower-median"), out);
  }

  @Test
  void theShrunkSampleIsReadFromJqwiksReport() {
    String report = "tries = 12\nseed = 42\n\nShrunk Sample (3 steps)\n-----------------------\n  values: [0, 1]\n  key: 1\n\n"
        + "Original Sample\n---------------\n  values: [5, 9, 12]\n";
    assertEquals("values: [0, 1]\nkey: 1", SpecRunner.shrunkSample(report).orElseThrow());
  }

  @Test
  void testNamesReadAsWords() {
    assertEquals("returns the only element of a singleton", OutcomeText.humanize("returnsTheOnlyElementOfASingleton()"));
  }

  /** Deletes nothing outside the temporary checkout: a guard for the copy above. */
  @Test
  void theCopiedTrackIsComplete() throws IOException {
    try (Stream<Path> specs = Files.walk(root.resolve("exercises/specs"))) {
      assertEquals(Track.load(root).exercises().size(),
          specs.filter(Files::isRegularFile).sorted(Comparator.naturalOrder()).count());
    }
  }
}
