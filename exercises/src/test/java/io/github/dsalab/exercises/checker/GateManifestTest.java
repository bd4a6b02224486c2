package io.github.dsalab.exercises.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.github.dsalab.exercises.gate.ComplexityGate;
import io.github.dsalab.exercises.support.InputFamily;
import io.github.dsalab.exercises.track.Exercise;
import io.github.dsalab.exercises.track.GateSpec;
import io.github.dsalab.exercises.track.Track;
import java.lang.reflect.Method;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The manifest and the specs agree: every gated exercise's spec has exactly one workload per
 * family its {@code gate.families} lists, a search workload exactly when the gate searches, and
 * its timed family among its families.
 */
class GateManifestTest {
  private static final Track TRACK = Track.load(Paths.get("..").toAbsolutePath().normalize());

  @TestFactory
  List<DynamicTest> everyGatedSpecMeasuresExactlyTheListedFamilies() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Exercise exercise : TRACK.exercises()) {
      if (exercise.gate().isEmpty()) {
        continue;
      }
      GateSpec gate = exercise.gate().get();
      tests.add(dynamicTest(exercise.name(), () -> {
        Class<?> spec = ReferenceLoader.of(TRACK, exercise).load();
        Map<InputFamily, Method> workloads = ComplexityGate.workloads(spec, gate);
        assertEquals(EnumSet.copyOf(gate.families()), workloads.keySet());
        boolean searches = gate.searchSize().isPresent();
        boolean hasSearch = java.util.Arrays.stream(spec.getDeclaredMethods())
            .anyMatch(m -> m.isAnnotationPresent(io.github.dsalab.exercises.support.SearchWorkload.class));
        assertEquals(searches, hasSearch, exercise.name() + ": gate.search and @SearchWorkload go together");
      }));
    }
    return tests;
  }

  @Test
  void everyGatedExerciseListsItsFamilies() {
    for (Exercise exercise : TRACK.exercises()) {
      exercise.gate().ifPresent(gate -> assertTrue(!gate.families().isEmpty(), exercise.name()));
    }
  }

  @Test
  void aWorkloadForAFamilyTheManifestDoesNotListIsRejectedWithBothLists() {
    Exercise mergeSort = TRACK.find("merge-sort").orElseThrow();
    GateSpec fewer = new GateSpec("O(n log n)", mergeSort.gate().orElseThrow().sizes(), "comparisons", "input",
        List.of(InputFamily.SHUFFLED), Optional.empty(), OptionalInt.empty());
    IllegalStateException mismatch = assertThrows(IllegalStateException.class,
        () -> ComplexityGate.workloads(ReferenceLoader.of(TRACK, mergeSort).load(), fewer));
    assertTrue(mismatch.getMessage().contains("track.properties lists the families [shuffled]"), mismatch.getMessage());
  }

  @Test
  void anUnknownFamilyInTheManifestIsNamedWithTheValidOnes() {
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
        () -> InputFamily.fromKey("sortd"));
    assertTrue(unknown.getMessage().contains("\"sortd\"") && unknown.getMessage().contains("few-distinct"),
        unknown.getMessage());
  }

  @Test
  void theTimedFamilyMustBeAMeasuredOne() {
    IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class, () -> new GateSpec("O(n)",
        List.of(1, 2, 3, 4, 5, 6, 7, 8, 9), "reads", "input", List.of(InputFamily.SPARSE),
        Optional.of(new GateSpec.Timing(InputFamily.DENSE, 1000)), OptionalInt.empty()));
    assertTrue(wrong.getMessage().contains("dense"), wrong.getMessage());
  }
}
