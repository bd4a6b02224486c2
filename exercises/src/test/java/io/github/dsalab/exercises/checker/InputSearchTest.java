package io.github.dsalab.exercises.checker;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dsalab.exercises.gate.InputSearch;
import io.github.dsalab.exercises.gate.SpecLoader;
import io.github.dsalab.exercises.support.InputFamily;
import io.github.dsalab.exercises.track.Exercise;
import io.github.dsalab.exercises.track.GateSpec;
import io.github.dsalab.exercises.track.Track;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search for bad inputs finds, on its own, the inputs that make a predictable pivot
 * quadratic, which no family of ordinary inputs (shuffled, sorted, reversed, few distinct)
 * reaches; and it leaves correct randomised solutions alone.
 */
class InputSearchTest {
  private static final Track TRACK = Track.load(Paths.get("..").toAbsolutePath().normalize());

  private static SpecLoader compiled(Exercise exercise, Path implementation, Path output) {
    ExerciseCompiler.Result result = ExerciseCompiler.compile(List.of(implementation, TRACK.specFile(exercise)), output,
        java.util.Optional.empty());
    assertTrue(result.success, result::errorText);
    return () -> {
      try {
        return Class.forName(exercise.specClassName(), true,
            new URLClassLoader(new URL[] {output.toUri().toURL()}, InputSearchTest.class.getClassLoader()));
      } catch (ReflectiveOperationException | java.net.MalformedURLException e) {
        throw new AssertionError(e);
      }
    };
  }

  private static GateSpec searchOnly(Exercise exercise) {
    GateSpec gate = exercise.gate().orElseThrow();
    return new GateSpec(gate.expected(), gate.sizes(), gate.counts(), gate.input(), List.of(InputFamily.SHUFFLED),
        Optional.empty(), gate.searchSize());
  }

  private static InputSearch.Result search(String exerciseName, String mutant, Path output) throws Exception {
    Exercise exercise = TRACK.find(exerciseName).orElseThrow();
    Path file = TRACK.root().resolve("exercises/mutants").resolve(exerciseName).resolve(mutant)
        .resolve(exercise.simpleClassName() + ".java");
    InputSearch.Result result = InputSearch.run(compiled(exercise, file, output), ReferenceLoader.of(TRACK, exercise),
        searchOnly(exercise), System.nanoTime() + Duration.ofSeconds(20).toNanos());
    System.out.println(exerciseName + "/" + mutant + ":\n" + result.lines());
    return result;
  }

  @Test
  void findsTheWorstCaseOfAFirstElementPivotWithoutBeingToldWhereToLook(@TempDir Path output) throws Exception {
    assertTrue(search("quick-sort", "gate-first-pivot", output).failed());
  }

  @Test
  void findsTheWorstCaseOfAFirstElementPivotInQuickselect(@TempDir Path output) throws Exception {
    assertTrue(search("quickselect", "gate-first-pivot", output).failed());
  }

  @Test
  void findsTheWorstCaseOfAMedianOfThreePivot(@TempDir Path output) throws Exception {
    assertTrue(search("quick-sort", "gate-median-of-three", output).failed());
  }

  @Test
  void leavesTheReferenceSolutionsAlone() throws Exception {
    for (String name : List.of("merge-sort", "quick-sort", "heap-sort", "quickselect")) {
      Exercise exercise = TRACK.find(name).orElseThrow();
      InputSearch.Result result = InputSearch.run(ReferenceLoader.of(TRACK, exercise), ReferenceLoader.of(TRACK, exercise),
          searchOnly(exercise), System.nanoTime() + Duration.ofSeconds(20).toNanos());
      assertFalse(result.failed(), () -> name + ":\n" + result.lines());
    }
  }
}
