package io.github.dsalab.exercises.checker;

import io.github.dsalab.exercises.gate.SpecLoader;
import io.github.dsalab.exercises.track.Exercise;
import io.github.dsalab.exercises.track.Track;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * For tests of the gate's parts: loads an exercise's spec compiled against its reference
 * solution (trusted code, so in the test's own JVM), afresh on every {@link SpecLoader#load()}.
 */
final class ReferenceLoader {
  private ReferenceLoader() {}

  /** The spec of {@code exercise} against its reference solution, compiled by the checker's cache. */
  static SpecLoader of(Track track, Exercise exercise) {
    Path classes = new ExerciseCheck(track, Duration.ofSeconds(10), Duration.ofSeconds(30), Map.of())
        .reference(exercise);
    return loaderOf(classes, exercise);
  }

  /** The spec of {@code exercise} from already compiled {@code classes}, in a new class loader per call. */
  static SpecLoader loaderOf(Path classes, Exercise exercise) {
    return () -> {
      try {
        return Class.forName(exercise.specClassName(), true,
            new URLClassLoader(new URL[] {classes.toUri().toURL()}, ReferenceLoader.class.getClassLoader()));
      } catch (ClassNotFoundException | MalformedURLException e) {
        throw new AssertionError("cannot load " + exercise.specClassName() + " from " + classes, e);
      }
    };
  }
}
