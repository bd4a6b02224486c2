package io.github.dsalab.exercises.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The track is honest: for every exercise the untouched stub fails its tests, the reference
 * solution passes them (and its complexity gate, without a warning), and for every gated
 * exercise a deliberately slow but correct variant (in {@code src/test/slow}) passes the regular
 * tests but is rejected by the gate (its stress tests, which run after the gate, are skipped:
 * being too slow for them is the point).
 */
class TrackHonestyTest {
  private static final Track TRACK = Track.load(Paths.get("..").toAbsolutePath().normalize());
  private static final Path SLOW = Paths.get("src/test/slow").toAbsolutePath();
  private static final ExerciseCheck CHECK = new ExerciseCheck(TRACK, Duration.ofSeconds(30),
      Duration.ofSeconds(30), Map.of("jqwik.database", "target/jqwik-database",
          "jqwik.reporting.onlyfailures", "true", "jqwik.reporting.usejunitplatform", "true"));

  @TestFactory
  List<DynamicTest> everyStubCompilesAndFailsItsTests() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Exercise exercise : TRACK.exercises()) {
      tests.add(dynamicTest(exercise.name(), () -> {
        Outcome outcome = CHECK.check(exercise, TRACK.stubFile(exercise));
        assertTrue(Set.of(Outcome.Status.NOT_STARTED, Outcome.Status.FAILING).contains(outcome.status()),
            () -> exercise.name() + ": stub should compile and fail, but: "
                + OutcomeText.describe(exercise, "stub", outcome));
      }));
    }
    return tests;
  }

  @TestFactory
  List<DynamicTest> everySolutionPassesItsTestsAndGate() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Exercise exercise : TRACK.exercises()) {
      tests.add(dynamicTest(exercise.name(), () -> {
        Outcome outcome = CHECK.check(exercise, TRACK.solutionFile(exercise));
        assertEquals(Outcome.Status.PASSED, outcome.status(),
            () -> OutcomeText.describe(exercise, "solution", outcome));
        outcome.gate().ifPresent(verdict -> assertEquals(GateVerdict.Kind.PASS, verdict.kind(),
            () -> exercise.name() + ": " + verdict.message() + "\n" + verdict.table()));
      }));
    }
    return tests;
  }

  @TestFactory
  List<DynamicTest> everySlowVariantIsCorrectButRejectedByTheGate() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Exercise exercise : TRACK.exercises()) {
      if (exercise.gate().isEmpty()) {
        continue;
      }
      tests.add(dynamicTest(exercise.name(), () -> {
        Path slow = SLOW.resolve(exercise.relativeFile());
        assertTrue(Files.isRegularFile(slow), exercise.name() + " is gated, so it needs " + slow);
        Outcome outcome = CHECK.check(exercise, slow, ExerciseCheck.Depth.UNTIL_GATE);
        assertEquals(Outcome.Status.TOO_SLOW, outcome.status(),
            () -> OutcomeText.describe(exercise, "slow variant", outcome));
      }));
    }
    return tests;
  }
}
