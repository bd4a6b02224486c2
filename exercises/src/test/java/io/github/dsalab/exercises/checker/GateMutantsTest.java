package io.github.dsalab.exercises.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.github.dsalab.exercises.support.InputFamily;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The gate catches near misses: every {@code exercises/mutants/<exercise>/gate-<slug>/} solution
 * is correct on the examples but breaks a promise of its statement in a way one benign input and
 * one counter would not see. Each file declares its verdict ({@code // verdict: too-slow} or
 * {@code failing}) and what must catch it ({@code // gate: <family>}, {@code <family> (timed)},
 * or {@code promise} for an exact-count test), and gets exactly that, through the path
 * {@code ./lab check} uses. What each check measured goes to {@code target/gate-mutants.txt}.
 */
class GateMutantsTest {
  private static final Track TRACK = Track.load(Paths.get("..").toAbsolutePath().normalize());
  private static final Path MUTANTS = TRACK.root().resolve("exercises/mutants");
  private static final ExerciseCheck CHECK = new ExerciseCheck(TRACK, Duration.ofSeconds(30),
      Duration.ofSeconds(30), Map.of("jqwik.database", "target/jqwik-database",
          "jqwik.reporting.onlyfailures", "true", "jqwik.reporting.usejunitplatform", "true"));
  private static final List<String> REPORT = new ArrayList<>();

  static List<Path> gateMutants() throws IOException {
    try (Stream<Path> files = Files.walk(MUTANTS)) {
      return files.filter(file -> file.toString().endsWith(".java"))
          .filter(file -> file.getParent().getFileName().toString().startsWith("gate-"))
          .sorted().collect(Collectors.toList());
    }
  }

  static String header(Path file, String key) throws IOException {
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.startsWith("// " + key + ": ")) {
        return line.substring(key.length() + 5).strip();
      }
    }
    throw new AssertionError(file + " has no // " + key + ": line");
  }

  @TestFactory
  List<DynamicTest> everyGateMutantGetsItsVerdictFromTheRightMeasure() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    List<Path> mutants = gateMutants();
    assertTrue(mutants.size() >= 12, "expected at least 12 gate- mutants, found " + mutants.size());
    for (Path file : mutants) {
      String exerciseName = file.getParent().getParent().getFileName().toString();
      String slug = exerciseName + "/" + file.getParent().getFileName();
      tests.add(dynamicTest(slug, () -> {
        Exercise exercise = TRACK.find(exerciseName).orElseThrow();
        String verdict = header(file, "verdict");
        String gate = header(file, "gate");
        Outcome outcome = CHECK.check(exercise, file, ExerciseCheck.Depth.UNTIL_GATE);
        String described = OutcomeText.describe(exercise, slug, outcome);
        synchronized (REPORT) {
          REPORT.add("== " + slug + " (" + verdict + ", " + gate + ")\n" + described);
        }
        if (verdict.equals("failing")) {
          assertEquals(Outcome.Status.FAILING, outcome.status(), described);
          assertEquals("promise", gate, slug + ": a failing gate- mutant must be caught by a promise test");
          assertTrue(outcome.failures().stream().allMatch(f -> f.testName().startsWith("makes")),
              () -> slug + " must fail only the statement's exact-count promise tests:\n" + described);
          return;
        }
        assertEquals("too-slow", verdict, slug);
        assertEquals(Outcome.Status.TOO_SLOW, outcome.status(), described);
        GateVerdict rejected = outcome.gate().orElseThrow();
        boolean timed = gate.endsWith("(timed)");
        InputFamily family = InputFamily.fromKey(gate.replace("(timed)", "").strip());
        assertTrue(rejected.message().contains("on " + family.description()),
            () -> slug + ": the verdict must name " + family.description() + ":\n" + described);
        assertEquals(timed, rejected.message().contains("your code took"),
            () -> slug + (timed ? " must be caught by the timing" : " must be caught by the counts") + ":\n" + described);
      }));
    }
    return tests;
  }

  @AfterAll
  static void writeReport() throws IOException {
    Files.createDirectories(Paths.get("target"));
    Files.writeString(Paths.get("target/gate-mutants.txt"), String.join("\n", REPORT), StandardCharsets.UTF_8);
  }
}
