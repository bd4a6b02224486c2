package io.github.dsalab.exercises.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.github.dsalab.exercises.gate.GateVerdict;
import io.github.dsalab.exercises.track.Exercise;
import io.github.dsalab.exercises.track.Track;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The checker cannot be fooled: for every exercise, the reference solution passes its tests and
 * its complexity gate, and every mutant in {@code exercises/mutants/<exercise>/<slug>/} (a
 * plausible wrong solution: a classic mistake, a shortcut, a too-slow answer, code that loops,
 * exhausts memory, overflows the stack or ends the program) gets exactly the verdict its first
 * line declares.
 *
 * <p>Each exercise's reference and mutants go through {@code ExerciseCheck.checkShared} in one
 * call, the path CI shares with {@code ./lab check}: every implementation is compiled and loaded
 * on its own, and a fault ends only its own run.
 *
 * <p>For a local run with a checker that runs learner code in-process, the system property
 * {@value #SKIP_PROPERTY} (a comma-separated list of verdict tokens, e.g. {@code exited,timed-out})
 * leaves those mutants out. By default every mutant runs.
 */
@Order(1) // the longest class: it starts first, and the others run beside it
class MutantHonestyTest {
  static final String SKIP_PROPERTY = "dsalab.mutants.skip";
  private static final Track TRACK = Track.load(Paths.get("..").toAbsolutePath().normalize());
  private static final Path MUTANTS = TRACK.root().resolve("exercises/mutants");
  /**
   * As {@code ./lab check} runs (100 tries per property, shrinking bounded to 2 s), so a verdict
   * here is the learner's, except for the tests' limit: 6 s of processor time instead of the
   * learner's 10 s, because each timed-out mutant spends the whole limit on a core. A reference's
   * tests use under 2 s in a cold fork; a failing mutant's up to its shrinking, 2 s a property.
   */
  private static final ExerciseCheck CHECK = new ExerciseCheck(TRACK, Duration.ofSeconds(6),
      Duration.ofSeconds(30), Map.of("jqwik.database", "target/jqwik-database",
          "jqwik.reporting.onlyfailures", "true", "jqwik.reporting.usejunitplatform", "true",
          "jqwik.tries.default", "100",
          ExerciseCheck.SHRINKING_SECONDS, "2"));
  /** Shared runs at once: each is one forked JVM, about one core busy. */
  private static final int PARALLEL_RUNS = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
  private static final int MUTANTS_PER_EXERCISE = 3;
  private static final Set<Outcome.Status> FAULTS = Set.of(Outcome.Status.TIMED_OUT, Outcome.Status.OUT_OF_MEMORY,
      Outcome.Status.STACK_OVERFLOW, Outcome.Status.EXITED);
  private static final int MUTANTS_IN_ALL = 120;

  /**
   * One container per exercise, in track order. The exercises are split into two shares of about
   * equal work, each checked in one shared run (one forked JVM, a new one after a fault): two run
   * at once, one per core of a 2-core machine, and the test framework warms up once per share
   * instead of once per exercise.
   */
  @TestFactory
  Stream<DynamicNode> everyReferencePassesAndEveryMutantGetsItsDeclaredVerdict() throws IOException {
    Set<String> skipped = skippedTokens();
    List<List<Exercise>> shares = shares(skipped);
    ExecutorService runs = Executors.newFixedThreadPool(shares.size());
    List<Future<Map<String, DynamicNode>>> done = new ArrayList<>();
    for (List<Exercise> share : shares) {
      done.add(runs.submit(() -> sharedRun(share, skipped)));
    }
    runs.shutdown();
    Map<String, DynamicNode> nodes = new java.util.HashMap<>();
    for (int i = 0; i < shares.size(); i++) {
      try {
        nodes.putAll(done.get(i).get());
      } catch (InterruptedException | ExecutionException e) {
        // Reported as the failure of each exercise of that share; the other share still counts.
        for (Exercise exercise : shares.get(i)) {
          nodes.put(exercise.name(), dynamicTest(exercise.name(), () -> {
            throw new AssertionError(exercise.name() + ": the checker itself failed", e.getCause());
          }));
        }
      }
    }
    return TRACK.exercises().stream().map(exercise -> nodes.get(exercise.name()));
  }

  /**
   * Rough cost of checking one implementation with this verdict, in quarter seconds of a core, from
   * the per-job times a probe measured in a shared run (a mutant that fails its tests about 0.25 s,
   * a too-slow one 0.8 s; a fault also costs a new JVM, about 1.5 s, and a loop the whole limit).
   * Only the split into shares uses it.
   */
  private static int cost(Outcome.Status verdict) {
    switch (verdict) {
      case FAILING: return 1;
      case SHORTCUT: return 1;
      case STACK_OVERFLOW: return 2;
      case TOO_SLOW: return 3;
      case EXITED: return 7;
      case OUT_OF_MEMORY: return 8;
      case TIMED_OUT: return 22;
      default: return 6; // the reference: tests, gate and stress tests
    }
  }

  /**
   * The track split into {@link #PARALLEL_RUNS} shares, the costliest exercise first into the share
   * with the least work so far (work: the summed {@link #cost} of its implementations).
   */
  private static List<List<Exercise>> shares(Set<String> skipped) throws IOException {
    List<Exercise> bySize = new ArrayList<>(TRACK.exercises());
    Map<String, Integer> sizes = new java.util.HashMap<>();
    for (Exercise exercise : bySize) {
      int work = cost(Outcome.Status.PASSED);
      for (Mutant mutant : mutantsToRun(exercise, skipped)) {
        work += cost(mutant.verdict);
      }
      sizes.put(exercise.name(), work);
    }
    bySize.sort(java.util.Comparator.comparing((Exercise exercise) -> sizes.get(exercise.name())).reversed());
    List<List<Exercise>> shares = new ArrayList<>();
    int[] work = new int[PARALLEL_RUNS];
    for (int i = 0; i < PARALLEL_RUNS; i++) {
      shares.add(new ArrayList<>());
    }
    for (Exercise exercise : bySize) {
      int least = 0;
      for (int i = 1; i < PARALLEL_RUNS; i++) {
        least = work[i] < work[least] ? i : least;
      }
      shares.get(least).add(exercise);
      work[least] += sizes.get(exercise.name());
    }
    return shares;
  }

  private static List<Mutant> mutantsToRun(Exercise exercise, Set<String> skipped) throws IOException {
    return Mutant.of(exercise).stream()
        .filter(mutant -> !skipped.contains(Mutant.token(mutant.verdict)))
        // FaultIsolationTest runs the checker's own fault cases through the same shared run and
        // checks their messages too; running them here again would only cost time.
        .filter(mutant -> !(mutant.slug.startsWith("iso-") && FAULTS.contains(mutant.verdict)))
        .collect(Collectors.toList());
  }

  // "throws Exception": whichever checked exceptions the checker's checkShared declares.
  private static Map<String, DynamicNode> sharedRun(List<Exercise> share, Set<String> skipped) throws Exception {
    List<ExerciseCheck.Implementation> implementations = new ArrayList<>();
    Map<Exercise, List<Mutant>> mutants = new java.util.LinkedHashMap<>();
    for (Exercise exercise : share) {
      List<Mutant> own = mutantsToRun(exercise, skipped);
      mutants.put(exercise, own);
      implementations.add(new ExerciseCheck.Implementation(exercise, TRACK.solutionFile(exercise)));
      own.forEach(mutant -> implementations.add(new ExerciseCheck.Implementation(exercise, mutant.file)));
    }
    List<Outcome> outcomes = CHECK.checkShared(implementations, ExerciseCheck.Depth.FULL);
    assertEquals(implementations.size(), outcomes.size(), "one outcome per implementation");
    Map<String, DynamicNode> nodes = new java.util.HashMap<>();
    int next = 0;
    for (Map.Entry<Exercise, List<Mutant>> entry : mutants.entrySet()) {
      Exercise exercise = entry.getKey();
      List<Mutant> own = entry.getValue();
      nodes.put(exercise.name(), container(exercise, own, outcomes.subList(next, next + 1 + own.size())));
      next += 1 + own.size();
    }
    return nodes;
  }

  /** The reference's test and one test per mutant, from the outcomes of one exercise (reference first). */
  private static DynamicNode container(Exercise exercise, List<Mutant> mutants, List<Outcome> outcomes)
      throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    Outcome reference = outcomes.get(0);
    tests.add(dynamicTest("reference solution", () -> {
      assertEquals(Outcome.Status.PASSED, reference.status(),
          () -> TRACK.solutionFile(exercise) + ": " + describe(exercise, reference));
      reference.gate().ifPresent(verdict -> assertEquals(GateVerdict.Kind.PASS, verdict.kind(),
          () -> exercise.name() + ": " + verdict.message() + "\n" + verdict.table()));
    }));
    for (int i = 0; i < mutants.size(); i++) {
      Mutant mutant = mutants.get(i);
      Outcome outcome = outcomes.get(i + 1);
      Optional<String> measure = GateNearMisses.declaredMeasure(mutant.file);
      tests.add(dynamicTest(mutant.slug + " (" + Mutant.token(mutant.verdict) + ")", () -> {
        String described = describe(exercise, outcome);
        assertEquals(mutant.verdict, outcome.status(), () -> TRACK.root().relativize(mutant.file)
            + "\n  declared: " + Mutant.token(mutant.verdict) + ", actual: " + Mutant.token(outcome.status())
            + "\n  mistake: " + mutant.mistake + "\n" + described);
        measure.ifPresent(declared -> GateNearMisses.assertCaughtBy(declared, mutant.slug, outcome, described));
      }));
    }
    return dynamicContainer(exercise.name(), tests);
  }

  @Test
  void everyExerciseHasItsOwnMutantsAndTheTrackHasEnough() throws IOException {
    int total = 0;
    List<String> lacking = new ArrayList<>();
    for (Exercise exercise : TRACK.exercises()) {
      long own = Mutant.of(exercise).stream().filter(m -> !m.slug.startsWith("gate-") && !m.slug.startsWith("iso-")).count();
      if (own < MUTANTS_PER_EXERCISE) {
        lacking.add(exercise.name() + " has " + own);
      }
      total += own;
    }
    assertTrue(lacking.isEmpty(), () -> "every exercise needs at least " + MUTANTS_PER_EXERCISE
        + " mutants of its own (besides gate- and iso- ones): " + lacking);
    assertTrue(total >= MUTANTS_IN_ALL, "the track has " + total + " mutants besides gate- and iso- ones, at least "
        + MUTANTS_IN_ALL + " expected");
  }

  @Test
  void everyExerciseHasAMutantThatFailsItsTests() throws IOException {
    for (Exercise exercise : TRACK.exercises()) {
      assertTrue(Mutant.of(exercise).stream().anyMatch(m -> m.verdict == Outcome.Status.FAILING),
          exercise.name() + " has no mutant declared failing");
    }
  }

  @Test
  void everyMutantFolderNamesAnExerciseAndHoldsOneWellFormedFile() throws IOException {
    Set<String> names = TRACK.exercises().stream().map(Exercise::name).collect(Collectors.toSet());
    try (Stream<Path> folders = Files.list(MUTANTS)) {
      for (Path folder : folders.filter(Files::isDirectory).collect(Collectors.toList())) {
        assertTrue(names.contains(folder.getFileName().toString()),
            folder + " does not name an exercise of track.properties");
      }
    }
    for (Exercise exercise : TRACK.exercises()) {
      Path folder = MUTANTS.resolve(exercise.name());
      if (!Files.isDirectory(folder)) {
        continue;
      }
      try (Stream<Path> slugs = Files.list(folder)) {
        for (Path slug : slugs.collect(Collectors.toList())) {
          try (Stream<Path> files = Files.list(slug)) {
            List<String> found = files.map(f -> f.getFileName().toString()).sorted().collect(Collectors.toList());
            assertEquals(List.of(exercise.simpleClassName() + ".java"), found,
                slug + " must hold exactly the learner's class " + exercise.simpleClassName() + ".java");
          }
        }
      }
      for (Mutant mutant : Mutant.of(exercise)) {
        String source = Files.readString(mutant.file, StandardCharsets.UTF_8);
        assertTrue(source.contains("package " + exercise.className().substring(0, exercise.className().lastIndexOf('.')) + ";"),
            mutant.file + " must be in the stub's package");
        assertTrue(Pattern.compile("\\bclass " + exercise.simpleClassName() + "\\b").matcher(source).find(),
            mutant.file + " must declare class " + exercise.simpleClassName());
      }
    }
  }

  @Test
  void everyVerdictIsDeclaredByAtLeastThreeMutants() throws IOException {
    Map<Outcome.Status, Integer> kinds = new EnumMap<>(Outcome.Status.class);
    for (Exercise exercise : TRACK.exercises()) {
      Mutant.of(exercise).forEach(mutant -> kinds.merge(mutant.verdict, 1, Integer::sum));
    }
    for (Outcome.Status kind : Mutant.VERDICTS) {
      assertTrue(kinds.getOrDefault(kind, 0) >= 3, "at least 3 mutants should be declared " + Mutant.token(kind)
          + ", found " + kinds.getOrDefault(kind, 0));
    }
  }

  private static Set<String> skippedTokens() {
    String skip = System.getProperty(SKIP_PROPERTY, "").trim();
    if (skip.isEmpty()) {
      return Set.of();
    }
    Set<String> tokens = Arrays.stream(skip.split(",")).map(String::trim).collect(Collectors.toSet());
    for (String token : tokens) {
      Mutant.parseVerdict(token).orElseThrow(() -> new IllegalArgumentException(
          SKIP_PROPERTY + ": " + token + " is not a verdict token; valid: " + Mutant.tokens()));
    }
    return tokens;
  }

  private static String describe(Exercise exercise, Outcome outcome) {
    try {
      return OutcomeText.describe(exercise, "the file", outcome);
    } catch (AssertionError unknownStatus) {
      return "(no description for " + outcome.status() + ")";
    }
  }

  /** One file under {@code exercises/mutants/<exercise>/<slug>/}, with its declared verdict. */
  static final class Mutant {
    /** The verdicts a mutant may declare: the outcomes of a wrong solution that compiles. */
    static final List<Outcome.Status> VERDICTS = List.of(Outcome.Status.FAILING, Outcome.Status.TOO_SLOW,
        Outcome.Status.SHORTCUT, Outcome.Status.TIMED_OUT, Outcome.Status.OUT_OF_MEMORY,
        Outcome.Status.STACK_OVERFLOW, Outcome.Status.EXITED);
    private static final Pattern VERDICT = Pattern.compile("// verdict: (\\S+)");
    private static final Pattern MISTAKE = Pattern.compile("// mistake: (\\S.*\\S)");

    final Path file;
    final String slug;
    final Outcome.Status verdict;
    final String mistake;

    private Mutant(Path file, String slug, Outcome.Status verdict, String mistake) {
      this.file = file;
      this.slug = slug;
      this.verdict = verdict;
      this.mistake = mistake;
    }

    static String token(Outcome.Status status) {
      return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String tokens() {
      return VERDICTS.stream().map(Mutant::token).collect(Collectors.joining(", "));
    }

    static Optional<Outcome.Status> parseVerdict(String token) {
      return VERDICTS.stream().filter(status -> token(status).equals(token)).findFirst();
    }

    /** The exercise's mutants, in slug order; a malformed header fails with the file's name. */
    static List<Mutant> of(Exercise exercise) throws IOException {
      Path folder = MUTANTS.resolve(exercise.name());
      if (!Files.isDirectory(folder)) {
        return List.of();
      }
      List<Mutant> mutants = new ArrayList<>();
      try (Stream<Path> slugs = Files.list(folder)) {
        for (Path slug : slugs.sorted().collect(Collectors.toList())) {
          Path file = slug.resolve(exercise.simpleClassName() + ".java");
          assertTrue(Files.isRegularFile(file), slug + " must hold " + exercise.simpleClassName() + ".java");
          mutants.add(read(file, slug.getFileName().toString()));
        }
      }
      return mutants;
    }

    private static Mutant read(Path file, String slug) {
      List<String> lines;
      try {
        lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      assertTrue(lines.size() >= 2, file + ": must start with a verdict line and a mistake line");
      Matcher verdict = VERDICT.matcher(lines.get(0));
      assertTrue(verdict.matches(), file + ":1: expected \"// verdict: <token>\", found: " + lines.get(0));
      Outcome.Status status = parseVerdict(verdict.group(1)).orElseThrow(() -> new AssertionError(
          file + ":1: " + verdict.group(1) + " is not a verdict; valid: " + tokens()));
      Matcher mistake = MISTAKE.matcher(lines.get(1));
      assertTrue(mistake.matches(), file + ":2: expected \"// mistake: <one sentence>\", found: " + lines.get(1));
      return new Mutant(file, slug, status, mistake.group(1));
    }
  }
}
