package io.github.dsalab.exercises.checker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;

/**
 * Checks one implementation of an exercise: compiles it with the spec, runs the spec's tests, and
 * on success runs the complexity gate. Used by the command line and by the track's own CI test,
 * which runs it on the stubs, the reference solutions and deliberately slow variants.
 */
final class ExerciseCheck {
  private final Track track;
  private final Duration testLimit;
  private final Duration gateLimit;
  private final Map<String, String> configuration;
  private final ReferenceSpecs references;

  ExerciseCheck(Track track, Duration testLimit, Duration gateLimit, Map<String, String> configuration) {
    this.track = track;
    this.testLimit = testLimit;
    this.gateLimit = gateLimit;
    this.configuration = Map.copyOf(configuration);
    this.references = new ReferenceSpecs(track);
  }

  /** The JUnit configuration the command line uses: jqwik's database kept out of the learner's way. */
  static Map<String, String> learnerConfiguration(Track track) {
    Path database = track.root().resolve("exercises/target/jqwik-database");
    try {
      // jqwik's engine fails outright when the database's folder is missing.
      Files.createDirectories(database.getParent());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + database.getParent(), e);
    }
    return Map.of(
        "jqwik.database", database.toString(),
        "jqwik.reporting.onlyfailures", "true",
        // Failure reports (with the shrunk sample) reach the checker as report entries instead of
        // being printed on the learner's terminal.
        "jqwik.reporting.usejunitplatform", "true",
        "jqwik.tries.default", "100");
  }

  /** How far a check goes. */
  enum Depth {
    /** Regular tests, complexity gate, then stress tests: what the learner gets. */
    FULL,
    /** Regular tests and the complexity gate only (for the deliberately slow variants). */
    UNTIL_GATE
  }

  Outcome check(Exercise exercise, Path implementation) throws ExecutionException {
    return check(exercise, implementation, Depth.FULL);
  }

  Outcome check(Exercise exercise, Path implementation, Depth depth) throws ExecutionException {
    Path output = null;
    try {
      output = Files.createTempDirectory("dsa-exercise-");
      ExerciseCompiler.Result compiled = ExerciseCompiler.compile(
          List.of(implementation, track.specFile(exercise)), output);
      if (!compiled.success) {
        Outcome.Status status = compiled.errorsOutside(implementation)
            ? Outcome.Status.SPEC_BROKEN : Outcome.Status.COMPILE_ERROR;
        return new Outcome(status, compiled.errorText(), 0, List.of(), "", Optional.empty());
      }
      try (URLClassLoader loader = new URLClassLoader(new URL[] {output.toUri().toURL()},
          ExerciseCheck.class.getClassLoader())) {
        return check(exercise, loader, depth);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteQuietly(output);
    }
  }

  /**
   * Compiles many exercises' implementations and specs in one compiler run (much faster than one
   * run each), into {@code output}.
   *
   * @return the compiler's result; on success the classes are in {@code output}
   */
  ExerciseCompiler.Result compileAll(Map<Exercise, Path> implementations, Path output) {
    List<Path> sources = new java.util.ArrayList<>();
    implementations.forEach((exercise, implementation) -> {
      sources.add(implementation);
      sources.add(track.specFile(exercise));
    });
    return ExerciseCompiler.compile(sources, output);
  }

  /** Checks an exercise whose implementation and spec {@code loader} has already compiled and loads. */
  Outcome check(Exercise exercise, ClassLoader loader, Depth depth) throws ExecutionException {
    try {
      Class<?> spec = Class.forName(exercise.specClassName(), true, loader);
      SpecRunner.Report report = SpecRunner.run(spec, SpecRunner.Phase.REGULAR, testLimit, configuration);
      Optional<Outcome> failed = failure(report);
      if (failed.isPresent()) {
        return failed.get();
      }
      Optional<GateVerdict> verdict = Optional.empty();
      if (exercise.gate().isPresent()) {
        verdict = Optional.of(gate(exercise, spec, exercise.gate().get()));
        if (verdict.get().kind() == GateVerdict.Kind.FAIL) {
          return new Outcome(Outcome.Status.TOO_SLOW, "", report.testsRun, List.of(), "", verdict);
        }
      }
      int testsRun = report.testsRun;
      if (depth == Depth.FULL) {
        SpecRunner.Report stress = SpecRunner.run(spec, SpecRunner.Phase.STRESS, testLimit, configuration);
        failed = failure(stress);
        if (failed.isPresent()) {
          return failed.get();
        }
        testsRun += stress.testsRun;
      }
      return new Outcome(Outcome.Status.PASSED, "", testsRun, List.of(), "", verdict);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(track.specFile(exercise) + " does not declare " + exercise.specClassName(), e);
    }
  }

  private static Optional<Outcome> failure(SpecRunner.Report report) {
    if (report.timedOut) {
      return Optional.of(new Outcome(Outcome.Status.TIMED_OUT, "", report.testsRun, report.failures,
          report.runningTest, Optional.empty()));
    }
    if (!report.failures.isEmpty()) {
      boolean todo = report.failures.stream().allMatch(f -> isTodo(f.cause()));
      return Optional.of(new Outcome(todo ? Outcome.Status.NOT_STARTED : Outcome.Status.FAILING, "",
          report.testsRun, report.failures, "", Optional.empty()));
    }
    return Optional.empty();
  }

  private GateVerdict gate(Exercise exercise, Class<?> spec, GateSpec gate) throws ExecutionException {
    try {
      // The reference solution's counts stand beside the learner's, in the output and the chart.
      GateVerdict verdict = ComplexityGate.measure(() -> spec, references.loader(exercise), gate, gateLimit);
      return GateReport.write(track.root().resolve("exercises/target/gate"), exercise, gate, verdict);
    } catch (ComplexityGate.TooSlow e) {
      return new GateVerdict(GateVerdict.Kind.FAIL, "too slow to measure", "correct, but " + e.getMessage()
          + " (" + gate.input() + "), where " + gate.expected() + " is expected.", "");
    }
  }

  /** Whether the stub's "TODO" exception caused this failure (also when wrapped by assertThrows). */
  static boolean isTodo(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof UnsupportedOperationException && cause.getMessage() != null
          && cause.getMessage().startsWith("TODO")) {
        return true;
      }
    }
    return false;
  }

  private static void deleteQuietly(Path folder) {
    if (folder == null) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // A temporary folder left behind is harmless.
    }
  }
}
