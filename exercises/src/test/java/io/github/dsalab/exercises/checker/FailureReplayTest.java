package io.github.dsalab.exercises.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dsalab.exercises.track.Exercise;
import io.github.dsalab.exercises.track.Track;
import io.github.dsalab.trace.exercise.ExerciseReplay;
import java.nio.file.Paths;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which failing checks get a replay page, and that every other one says plainly why not. */
class FailureReplayTest {
  private static final Track TRACK = Track.load(Paths.get("..").toAbsolutePath().normalize());

  @Test
  void everyExerciseOfTheTrackEitherReplaysOrSaysWhyNotInASentenceNamingIt() {
    for (Exercise exercise : TRACK.exercises()) {
      Optional<String> why = FailureReplay.unavailable(exercise);
      assertEquals(!ExerciseReplay.canTrace(exercise.name()), why.isPresent(), exercise.name());
      why.ifPresent(reason -> assertTrue(reason.startsWith(exercise.name() + " ") && reason.length() > 60, reason));
    }
  }

  @Test
  void theGraphHeapAndSearchExercisesReplayAndTheGridAndTreeHeightSayWhyNot() {
    for (String name : List.of("connected-components", "bipartite-check", "cycle-detection", "course-schedule",
        "dijkstra", "heap-sift", "lower-bound", "first-bad-version")) {
      assertTrue(FailureReplay.unavailable(TRACK.find(name).orElseThrow()).isEmpty(), name);
    }
    assertTrue(FailureReplay.unavailable(TRACK.find("grid-shortest-path").orElseThrow()).orElseThrow()
        .contains("Grid.isOpen"));
    assertTrue(FailureReplay.unavailable(TRACK.find("tree-height").orElseThrow()).orElseThrow()
        .contains("cannot watch from outside"));
  }
}
