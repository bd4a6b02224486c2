package io.github.dsalab.exercises.checker;

import io.github.dsalab.exercises.track.Exercise;
import io.github.dsalab.exercises.track.Track;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Checks implementations of an exercise: compiles each with the spec, rejects shortcuts, then runs
 * the spec's tests, the complexity gate and the stress tests in a forked JVM
 * ({@link IsolatedRun}), never in this one. Used by the command line ({@link #check}), and by CI
 * ({@link #checkShared}, {@link #checkCompiled}), which runs the stubs, the reference solutions,
 * slow variants and mutants.
 */
public final class ExerciseCheck {
  private final Track track;
  private final Duration testLimit;
  private final Duration gateLimit;
  private final Map<String, String> configuration;
  private final Map<String, Set<String>> allowed = new ConcurrentHashMap<>();
  private final Consumer<String> learnerOutput;

  /** A check that does not show what the learner's code prints (for CI). */
  ExerciseCheck(Track track, Duration testLimit, Duration gateLimit, Map<String, String> configuration) {
    this(track, testLimit, gateLimit, configuration, line -> { });
  }

  /**
   * A check that passes each line the learner's code prints to {@code learnerOutput}.
   *
   * @param testLimit the time limit of the tests and of the stress tests (each phase)
   * @param gateLimit the complexity gate's own time limit
   */
  public ExerciseCheck(Track track, Duration testLimit, Duration gateLimit, Map<String, String> configuration,
      Consumer<String> learnerOutput) {
    this.track = track;
    this.testLimit = testLimit;
    this.gateLimit = gateLimit;
    this.configuration = Map.copyOf(configuration);
    this.learnerOutput = learnerOutput;
  }

  /** jqwik's bound on the time it spends shrinking a failing sample. */
  public static final String SHRINKING_SECONDS = "jqwik.shrinking.bounded.seconds";

  /** The JUnit configuration the command line uses: jqwik's database kept out of the learner's way. */
  public static Map<String, String> learnerConfiguration(Track track) {
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
        "jqwik.tries.default", "100",
        // jqwik shrinks for up to 10 s of wall time by default: a failing property could then pass
        // the time limit and read as a loop. After 2 s the smallest sample found so far is shown.
        SHRINKING_SECONDS, "2");
  }

  /** How far a check goes. */
  public enum Depth {
    /** Regular tests, complexity gate, then stress tests: what the learner gets. */
    FULL,
    /** Regular tests and the complexity gate only (for the deliberately slow variants). */
    UNTIL_GATE
  }

  /** The learner's path: {@link #check(Exercise, Path, Depth)} with {@link Depth#FULL}. */
  public Outcome check(Exercise exercise, Path implementation) {
    return check(exercise, implementation, Depth.FULL);
  }

  /**
   * Checks one implementation the way {@code ./lab check} does: compiles it with its spec, rejects
   * a shortcut, then runs tests, gate and stress tests in a forked JVM (started at once, so that
   * it warms up while the compiler works).
   *
   * @param exercise the exercise
   * @param implementation the learner's source file
   * @param depth how far to go
   * @return what happened
   */
  public Outcome check(Exercise exercise, Path implementation, Depth depth) {
    Path work = temporaryFolder();
    try (IsolatedRun fork = IsolatedRun.start(archive(), learnerOutput)) {
      Prepared prepared = prepare(exercise, implementation, work.resolve("learner"), depth);
      if (prepared.outcome.isPresent()) {
        return prepared.outcome.get();
      }
      return runAll(List.of(prepared.job), fork).get(0);
    } finally {
      deleteQuietly(work);
    }
  }

  /**
   * Checks many implementations of one exercise, each compiled and loaded on its own, one after
   * another in one forked JVM (a new one takes over when a fault ends it): for CI, where a JVM
   * per implementation would be slow. Shortcuts are rejected before forking, as in
   * {@link #check(Exercise, Path, Depth)}, and a fault (a loop, memory, the stack, an exit) is
   * detected the same way.
   *
   * @return the outcomes, in the order of {@code implementations}
   */
  List<Outcome> checkShared(Exercise exercise, List<Path> implementations, Depth depth) {
    List<Implementation> each = new ArrayList<>();
    implementations.forEach(file -> each.add(new Implementation(exercise, file)));
    return checkShared(each, depth);
  }

  /** One learner file of one exercise, for {@link #checkShared(List, Depth)}. */
  record Implementation(Exercise exercise, Path file) {}

  /**
   * As {@link #checkShared(Exercise, List, Depth)}, for implementations of any exercises: one
   * forked JVM runs them all in order (a new one takes over after a fault), so the test framework
   * warms up once instead of once per exercise.
   *
   * @return the outcomes, in the order of {@code implementations}
   */
  List<Outcome> checkShared(List<Implementation> implementations, Depth depth) {
    List<Exercise> exercises = new ArrayList<>();
    implementations.forEach(each -> exercises.add(each.exercise()));
    // One compiler run for every missing reference, instead of one per exercise.
    prepareReferences(exercises.stream().distinct().toList());
    Path work = temporaryFolder();
    try {
      List<Prepared> prepared = new ArrayList<>();
      for (int i = 0; i < implementations.size(); i++) {
        Implementation each = implementations.get(i);
        prepared.add(prepare(each.exercise(), each.file(), work.resolve("learner-" + i), depth));
      }
      return collect(prepared);
    } finally {
      deleteQuietly(work);
    }
  }

  /**
   * Compiles many exercises' implementations and specs in one compiler run (much faster than one
   * run each), into {@code output}; nothing is inspected.
   *
   * @return the compiler's result; on success the classes are in {@code output}
   */
  ExerciseCompiler.Result compileAll(Map<Exercise, Path> implementations, Path output) {
    List<Path> sources = new ArrayList<>();
    implementations.forEach((exercise, implementation) -> {
      sources.add(implementation);
      sources.add(track.specFile(exercise));
    });
    return ExerciseCompiler.compile(sources, output, Optional.empty());
  }

  /** Classes of one exercise's implementation and spec, already compiled into {@code classes}. */
  record Compiled(Exercise exercise, Path classes, Depth depth) {}

  /**
   * Runs already compiled implementations (no shortcut inspection: for the track's own honesty
   * test, which compiles each family of files in one compiler run) in one forked JVM, a new one
   * taking over after a fault.
   *
   * @return the outcomes, in order
   */
  List<Outcome> checkCompiled(List<Compiled> compiled) {
    List<Exercise> exercises = new ArrayList<>();
    compiled.forEach(each -> exercises.add(each.exercise()));
    prepareReferences(exercises);
    List<Prepared> prepared = new ArrayList<>();
    for (Compiled each : compiled) {
      prepared.add(new Prepared(Optional.empty(), job(each.exercise(), each.classes(), each.depth())));
    }
    return collect(prepared);
  }

  private List<Outcome> collect(List<Prepared> prepared) {
    List<ForkedCheck.Job> jobs = new ArrayList<>();
    for (Prepared each : prepared) {
      if (each.outcome.isEmpty()) {
        jobs.add(each.job);
      }
    }
    List<Outcome> ran = new ArrayList<>();
    while (ran.size() < jobs.size()) {
      try (IsolatedRun fork = IsolatedRun.start(archive(), learnerOutput)) {
        ran.addAll(runAll(jobs.subList(ran.size(), jobs.size()), fork));
      }
    }
    List<Outcome> outcomes = new ArrayList<>();
    int next = 0;
    for (Prepared each : prepared) {
      outcomes.add(each.outcome.isPresent() ? each.outcome.get() : ran.get(next++));
    }
    return outcomes;
  }

  private List<Outcome> runAll(List<ForkedCheck.Job> jobs, IsolatedRun fork) {
    return fork.run(track.root(), jobs);
  }

  /** A compiled implementation ready to run, or the outcome that stops it before running. */
  private static final class Prepared {
    final Optional<Outcome> outcome;
    final ForkedCheck.Job job;

    Prepared(Optional<Outcome> outcome, ForkedCheck.Job job) {
      this.outcome = outcome;
      this.job = job;
    }
  }

  private Prepared prepare(Exercise exercise, Path implementation, Path output, Depth depth) {
    ExerciseCompiler.Result compiled = ExerciseCompiler.compile(
        List.of(implementation, track.specFile(exercise)), output,
        Optional.of(new ShortcutInspector(exercise, implementation, track.forbidden(exercise), allowedTypes(exercise))));
    if (!compiled.success) {
      Outcome.Status status = compiled.errorsOutside(implementation)
          ? Outcome.Status.SPEC_BROKEN : Outcome.Status.COMPILE_ERROR;
      return new Prepared(Optional.of(new Outcome(status, compiled.errorText(), 0, List.of(), "", Optional.empty())), null);
    }
    if (!compiled.shortcuts.isEmpty()) {
      return new Prepared(Optional.of(new Outcome(Outcome.Status.SHORTCUT, String.join("\n", compiled.shortcuts),
          0, List.of(), "", Optional.empty())), null);
    }
    return new Prepared(Optional.empty(), job(exercise, output, depth));
  }

  private ForkedCheck.Job job(Exercise exercise, Path classes, Depth depth) {
    List<String> settings = new ArrayList<>();
    configuration.forEach((key, value) -> settings.add(key + "=" + value));
    Optional<String> reference = exercise.gate().isPresent()
        ? Optional.of(reference(exercise).toString()) : Optional.empty();
    return new ForkedCheck.Job(exercise.name(), classes.toAbsolutePath().toString(), reference, depth,
        testLimit.toMillis(), gateLimit.toMillis(), settings);
  }

  /** The types the stub itself uses (its signatures): the only dsa-core types the learner may use. */
  private Set<String> allowedTypes(Exercise exercise) {
    return allowed.computeIfAbsent(exercise.name(), name -> ShortcutInspector.typesUsedBy(track.stubFile(exercise)));
  }

  /**
   * The spec compiled against the reference solution, for the gate to compare with: compiled once
   * per content of solution and spec, under {@code exercises/target/reference/}.
   */
  Path reference(Exercise exercise) {
    prepareReferences(List.of(exercise));
    return referenceFolder(exercise);
  }

  /**
   * Compiles the missing references of {@code exercises} in one compiler run (one run each takes
   * about a second): CI calls this once before checking many exercises.
   */
  void prepareReferences(List<Exercise> exercises) {
    List<Exercise> missing = new ArrayList<>();
    List<Path> sources = new ArrayList<>();
    for (Exercise exercise : exercises) {
      if (exercise.gate().isPresent() && !Files.isDirectory(referenceFolder(exercise))) {
        missing.add(exercise);
        sources.add(track.solutionFile(exercise));
        sources.add(track.specFile(exercise));
      }
    }
    if (missing.isEmpty()) {
      return;
    }
    Path partial = track.root().resolve("exercises/target/reference/partial-" + ProcessHandle.current().pid()
        + "-" + System.nanoTime());
    try {
      ExerciseCompiler.Result compiled = ExerciseCompiler.compile(sources, partial, Optional.empty());
      if (!compiled.success) {
        throw new IllegalStateException("the reference solutions do not compile: " + compiled.errorText());
      }
      for (Exercise exercise : missing) {
        Path folder = referenceFolder(exercise);
        Path copy = folder.resolveSibling(folder.getFileName() + ".copy-" + System.nanoTime());
        copyTree(partial, copy);
        try {
          Files.move(copy, folder, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
          // Another check made it at the same time: use theirs.
          deleteQuietly(copy);
        }
      }
    } finally {
      deleteQuietly(partial);
    }
  }

  private Path referenceFolder(Exercise exercise) {
    Path solution = track.solutionFile(exercise);
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(Files.readAllBytes(solution));
      digest.update((byte) 0);
      digest.update(Files.readAllBytes(track.specFile(exercise)));
      digest.update(System.getProperty("java.version").getBytes(StandardCharsets.UTF_8));
      String hash = HexFormat.of().formatHex(digest.digest(), 0, 8);
      return track.root().resolve("exercises/target/reference").resolve(exercise.name() + "-" + hash);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the reference solution " + solution, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void copyTree(Path from, Path to) {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path path : (Iterable<Path>) paths::iterator) {
        Path target = to.resolve(from.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else {
          Files.copy(path, target);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy " + from + " to " + to, e);
    }
  }

  private Path archive() {
    return ClassDataArchive.forClassPath();
  }

  private static Path temporaryFolder() {
    try {
      return Files.createTempDirectory("dsa-exercise-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary folder", e);
    }
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
