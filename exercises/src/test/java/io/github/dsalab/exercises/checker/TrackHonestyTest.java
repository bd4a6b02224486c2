package io.github.dsalab.exercises.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The track is honest: for every exercise the untouched stub compiles and fails its tests, the
 * reference solution passes them (and its complexity gate, without a warning), and for every
 * gated exercise a deliberately slow but correct variant (in {@code src/test/slow}) passes the
 * regular tests but is rejected by the gate (its stress tests, which run after the gate, are
 * skipped: being too slow for them is the point).
 *
 * <p>Each family (stubs, solutions, slow variants) is compiled with its specs in one compiler
 * run, which keeps this suite fast.
 */
class TrackHonestyTest {
  private static final Track TRACK = Track.load(Paths.get("..").toAbsolutePath().normalize());
  private static final Path SLOW = Paths.get("src/test/slow").toAbsolutePath();
  private static final ExerciseCheck CHECK = new ExerciseCheck(TRACK, Duration.ofSeconds(30),
      Duration.ofSeconds(30), Map.of("jqwik.database", "target/jqwik-database",
          "jqwik.reporting.onlyfailures", "true", "jqwik.reporting.usejunitplatform", "true"));

  private static ClassLoader compiled(String family, Function<Exercise, Path> file, boolean gatedOnly)
      throws IOException {
    Map<Exercise, Path> implementations = new LinkedHashMap<>();
    for (Exercise exercise : TRACK.exercises()) {
      if (!gatedOnly || exercise.gate().isPresent()) {
        implementations.put(exercise, file.apply(exercise));
      }
    }
    Path output = Files.createDirectories(Paths.get("target/honesty", family));
    ExerciseCompiler.Result result = CHECK.compileAll(implementations, output);
    assertTrue(result.success, () -> "the " + family + " must compile with their specs:\n" + result.errorText());
    return new URLClassLoader(new URL[] {output.toUri().toURL()}, TrackHonestyTest.class.getClassLoader());
  }

  @TestFactory
  List<DynamicTest> everyStubCompilesAndFailsItsTests() throws IOException {
    ClassLoader stubs = compiled("stubs", TRACK::stubFile, false);
    List<DynamicTest> tests = new ArrayList<>();
    for (Exercise exercise : TRACK.exercises()) {
      tests.add(dynamicTest(exercise.name(), () -> {
        Outcome outcome = CHECK.check(exercise, stubs, ExerciseCheck.Depth.FULL);
        assertTrue(Set.of(Outcome.Status.NOT_STARTED, Outcome.Status.FAILING).contains(outcome.status()),
            () -> exercise.name() + ": stub should fail, but: " + OutcomeText.describe(exercise, "stub", outcome));
      }));
    }
    return tests;
  }

  @TestFactory
  List<DynamicTest> everySolutionPassesItsTestsAndGate() throws IOException {
    ClassLoader solutions = compiled("solutions", TRACK::solutionFile, false);
    List<DynamicTest> tests = new ArrayList<>();
    for (Exercise exercise : TRACK.exercises()) {
      tests.add(dynamicTest(exercise.name(), () -> {
        Outcome outcome = CHECK.check(exercise, solutions, ExerciseCheck.Depth.FULL);
        assertEquals(Outcome.Status.PASSED, outcome.status(),
            () -> OutcomeText.describe(exercise, "solution", outcome));
        outcome.gate().ifPresent(verdict -> assertEquals(GateVerdict.Kind.PASS, verdict.kind(),
            () -> exercise.name() + ": " + verdict.message() + "\n" + verdict.table()));
      }));
    }
    return tests;
  }

  @TestFactory
  List<DynamicTest> everySlowVariantIsCorrectButRejectedByTheGate() throws IOException {
    for (Exercise exercise : TRACK.exercises()) {
      Path slow = SLOW.resolve(exercise.relativeFile());
      assertEquals(exercise.gate().isPresent(), Files.isRegularFile(slow),
          exercise.name() + ": a slow variant " + slow + " exists exactly when the exercise is gated");
    }
    ClassLoader slowVariants = compiled("slow variants", exercise -> SLOW.resolve(exercise.relativeFile()), true);
    List<DynamicTest> tests = new ArrayList<>();
    for (Exercise exercise : TRACK.exercises()) {
      if (exercise.gate().isEmpty()) {
        continue;
      }
      tests.add(dynamicTest(exercise.name(), () -> {
        Outcome outcome = CHECK.check(exercise, slowVariants, ExerciseCheck.Depth.UNTIL_GATE);
        // Where the statement promises an exact count (selection sort's n(n-1)/2, n - 1 on sorted
        // input, merging in at most n - 1), the spec's promise tests catch the slow variant first.
        boolean brokenPromise = outcome.status() == Outcome.Status.FAILING && outcome.failures().stream()
            .allMatch(failure -> failure.testName().startsWith("makes"));
        assertTrue(outcome.status() == Outcome.Status.TOO_SLOW || brokenPromise,
            () -> OutcomeText.describe(exercise, "slow variant", outcome));
      }));
    }
    return tests;
  }
}
