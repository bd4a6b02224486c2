package io.github.dsalab.exercises.checker;

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
 * The stubs are honest: for every exercise the untouched stub compiles with its spec and fails
 * its tests (the stubs are compiled with their specs in one compiler run, which keeps this fast).
 * That the reference solutions pass and that every mutant gets its declared verdict is
 * {@link MutantHonestyTest}'s job.
 */
class TrackHonestyTest {
  private static final Track TRACK = Track.load(Paths.get("..").toAbsolutePath().normalize());
  private static final ExerciseCheck CHECK = new ExerciseCheck(TRACK, Duration.ofSeconds(30),
      Duration.ofSeconds(30), Map.of("jqwik.database", "target/jqwik-database",
          "jqwik.reporting.onlyfailures", "true", "jqwik.reporting.usejunitplatform", "true"));

  private static ClassLoader compiled(String family, Function<Exercise, Path> file)
      throws IOException {
    Map<Exercise, Path> implementations = new LinkedHashMap<>();
    for (Exercise exercise : TRACK.exercises()) {
      implementations.put(exercise, file.apply(exercise));
    }
    Path output = Files.createDirectories(Paths.get("target/honesty", family));
    ExerciseCompiler.Result result = CHECK.compileAll(implementations, output);
    assertTrue(result.success, () -> "the " + family + " must compile with their specs:\n" + result.errorText());
    return new URLClassLoader(new URL[] {output.toUri().toURL()}, TrackHonestyTest.class.getClassLoader());
  }

  @TestFactory
  List<DynamicTest> everyStubCompilesAndFailsItsTests() throws IOException {
    ClassLoader stubs = compiled("stubs", TRACK::stubFile);
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
}
