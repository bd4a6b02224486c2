package io.github.dsalab.exercises.checker;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.github.dsalab.exercises.track.Exercise;
import io.github.dsalab.exercises.track.Track;
import java.io.IOException;
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
 * The stubs are honest: for every exercise the untouched stub compiles with its spec and fails its
 * tests (the reference solutions and the mutants are {@link MutantHonestyTest}'s).
 *
 * <p>The stubs are compiled with their specs in one compiler run and run in one forked JVM, as
 * {@code ./lab check} runs one exercise, which keeps this suite fast.
 */
class TrackHonestyTest {
  private static final Track TRACK = Track.load(Paths.get("..").toAbsolutePath().normalize());
  private static final ExerciseCheck CHECK = new ExerciseCheck(TRACK, Duration.ofSeconds(30),
      Duration.ofSeconds(30), Map.of("jqwik.database", "target/jqwik-database",
          "jqwik.reporting.onlyfailures", "true", "jqwik.reporting.usejunitplatform", "true",
          ExerciseCheck.SHRINKING_SECONDS, "2"));

  /**
   * Compiles a family's files with their specs in one compiler run, then runs each exercise in one
   * forked JVM (a new one takes over after a fault), the way {@code ./lab check} runs one.
   */
  private static Map<Exercise, Outcome> checked(String family, Function<Exercise, Path> file,
      ExerciseCheck.Depth depth) throws IOException {
    Map<Exercise, Path> implementations = new LinkedHashMap<>();
    for (Exercise exercise : TRACK.exercises()) {
      implementations.put(exercise, file.apply(exercise));
    }
    Path output = Files.createDirectories(Paths.get("target/honesty", family));
    ExerciseCompiler.Result result = CHECK.compileAll(implementations, output);
    assertTrue(result.success, () -> "the " + family + " must compile with their specs:\n" + result.errorText());
    List<ExerciseCheck.Compiled> compiled = new ArrayList<>();
    for (Exercise exercise : implementations.keySet()) {
      compiled.add(new ExerciseCheck.Compiled(exercise, output, depth));
    }
    List<Outcome> outcomes = CHECK.checkCompiled(compiled);
    Map<Exercise, Outcome> byExercise = new LinkedHashMap<>();
    for (int i = 0; i < compiled.size(); i++) {
      byExercise.put(compiled.get(i).exercise(), outcomes.get(i));
    }
    return byExercise;
  }

  @TestFactory
  List<DynamicTest> everyStubCompilesAndFailsItsTests() throws IOException {
    Map<Exercise, Outcome> stubs = checked("stubs", TRACK::stubFile, ExerciseCheck.Depth.FULL);
    List<DynamicTest> tests = new ArrayList<>();
    for (Exercise exercise : TRACK.exercises()) {
      tests.add(dynamicTest(exercise.name(), () -> {
        Outcome outcome = stubs.get(exercise);
        assertTrue(Set.of(Outcome.Status.NOT_STARTED, Outcome.Status.FAILING).contains(outcome.status()),
            () -> exercise.name() + ": stub should fail, but: " + OutcomeText.describe(exercise, "stub", outcome));
      }));
    }
    return tests;
  }
}
