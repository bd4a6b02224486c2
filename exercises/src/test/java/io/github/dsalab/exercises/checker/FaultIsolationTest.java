package io.github.dsalab.exercises.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dsalab.exercises.track.Exercise;
import io.github.dsalab.exercises.track.Track;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Learner code cannot end or fool the checker: each fault case in {@code exercises/mutants/}
 * whose folder starts with {@code iso-} (System.exit, Runtime.halt, an endless loop, a heap
 * exhausted, a stack overflowed, an exception, a shortcut) goes through the real forked JVM and
 * gets exactly the verdict its first line declares, with the plain message for it; a correct
 * solution run after a fault in the same shared run still passes.
 */
class FaultIsolationTest {
  private static final Track TRACK = Track.load(Paths.get("..").toAbsolutePath().normalize());
  private static final Path MUTANTS = Paths.get("mutants").toAbsolutePath();
  /** Short limits (processor time): the loop case waits for them. */
  private static final ExerciseCheck CHECK = new ExerciseCheck(TRACK, Duration.ofSeconds(4), Duration.ofSeconds(30),
      Map.of("jqwik.database", "target/jqwik-database", "jqwik.reporting.onlyfailures", "true",
          "jqwik.reporting.usejunitplatform", "true", "jqwik.tries.default", "100",
          ExerciseCheck.SHRINKING_SECONDS, "2"));

  /** The verdict a mutant declares in its first line, {@code // verdict: stack-overflow}. */
  static Outcome.Status declared(Path mutant) throws IOException {
    String first = Files.readAllLines(mutant, StandardCharsets.UTF_8).get(0);
    String token = first.replaceFirst("^//\\s*verdict:\\s*", "").strip();
    return Outcome.Status.valueOf(token.toUpperCase(Locale.ROOT).replace('-', '_'));
  }

  private static List<Path> isolationCases(String exercise) throws IOException {
    try (Stream<Path> files = Files.walk(MUTANTS.resolve(exercise))) {
      return files.filter(f -> f.getParent().getFileName().toString().startsWith("iso-") && f.toString().endsWith(".java"))
          .sorted().collect(Collectors.toList());
    }
  }

  @Test
  void everyFaultGetsItsOwnVerdictAndTheSharedRunGoesOnAfterIt() throws IOException {
    Exercise exercise = TRACK.find("binary-search").orElseThrow();
    List<Path> cases = new ArrayList<>(isolationCases("binary-search"));
    // The reference solution sits between the faults and last: it runs in whichever fork took over.
    cases.add(cases.size() / 2, TRACK.solutionFile(exercise));
    cases.add(TRACK.solutionFile(exercise));
    List<Outcome> outcomes = CHECK.checkShared(exercise, cases, ExerciseCheck.Depth.FULL);
    assertEquals(cases.size(), outcomes.size());
    Map<String, String> texts = new HashMap<>();
    for (int i = 0; i < cases.size(); i++) {
      Path file = cases.get(i);
      Outcome outcome = outcomes.get(i);
      Outcome.Status expected = file.startsWith(MUTANTS) ? declared(file) : Outcome.Status.PASSED;
      String text = OutcomeText.describe(exercise, "BinarySearch.java", outcome);
      assertEquals(expected, outcome.status(), () -> file + ":\n" + text);
      assertFalse(text.contains("\tat ") || text.contains("io.github.dsalab.exercises.checker"), text);
      texts.put(file.getParent().getFileName().toString(), text);
    }
    assertTrue(texts.get("iso-halt").contains("your code ended the program while running test")
        && texts.get("iso-halt").contains("without calling System.exit"), texts.get("iso-halt"));
    String memory = texts.get("iso-out-of-memory");
    assertTrue(memory.contains("ran out of memory (the limit is " + IsolatedRun.HEAP_MEGABYTES + " MiB) while running test"),
        memory);
    String stack = texts.get("iso-stack-overflow");
    assertTrue(stack.contains("the stack overflowed while running test"), stack);
    assertTrue(stack.contains("use a loop or an explicit stack"), stack);
    assertTrue(stack.contains("BinarySearch.search(BinarySearch.java:"), stack);
    String gateStack = texts.get("iso-gate-stack-overflow");
    assertTrue(gateStack.matches("(?s).*the stack overflowed while running the complexity gate, .*n = \\d+.*"), gateStack);
    assertTrue(texts.get("iso-loop").contains("stopped at the time limit while running test \""), texts.get("iso-loop"));
    assertTrue(texts.get("iso-exception").contains("Your code threw java.lang.ArrayIndexOutOfBoundsException"),
        texts.get("iso-exception"));
  }

  @Test
  void theLearnersPathNamesTheExitItsLineAndTheTestThatRan() {
    Exercise exercise = TRACK.find("binary-search").orElseThrow();
    Outcome outcome = CHECK.check(exercise, MUTANTS.resolve("binary-search/iso-system-exit/BinarySearch.java"),
        ExerciseCheck.Depth.FULL);
    assertEquals(Outcome.Status.EXITED, outcome.status());
    String text = OutcomeText.describe(exercise, "BinarySearch.java", outcome);
    assertTrue(text.contains("your code ended the program while running test \"finds nothing in an empty array\""), text);
    assertTrue(text.contains("it called System.exit(0) at BinarySearch.indexOf(BinarySearch.java:"), text);
  }

  /**
   * A static memo table that outlives one call: the tests fill it, so a gate that reused their
   * classes would count no operation at all. Each gate size loads fresh classes and counts the
   * real, linear work.
   */
  @Test
  void staticStateDoesNotLeakIntoTheGate(@TempDir Path folder) throws IOException {
    Exercise exercise = TRACK.find("fibonacci-memo").orElseThrow();
    Path file = folder.resolve("MemoFibonacci.java");
    Files.writeString(file, String.join("\n",
        "package io.github.dsalab.exercises.complexity;",
        "",
        "import java.util.function.LongBinaryOperator;",
        "",
        "public final class MemoFibonacci {",
        "  private static final long[] KNOWN = new long[4096];",
        "  private static int filled = 1;",
        "",
        "  private MemoFibonacci() {}",
        "",
        "  public static long fibonacci(int n, LongBinaryOperator add) {",
        "    if (n < 0) {",
        "      throw new IllegalArgumentException(\"n = \" + n + \" is negative\");",
        "    }",
        "    KNOWN[1] = 1;",
        "    for (; filled < n; filled++) {",
        "      KNOWN[filled + 1] = add.applyAsLong(KNOWN[filled], KNOWN[filled - 1]);",
        "    }",
        "    return KNOWN[n];",
        "  }",
        "}", ""), StandardCharsets.UTF_8);
    // Beside it, one that adds with + instead of the add it was given: the gate counts nothing.
    Path uncounted = folder.resolve("uncounted/MemoFibonacci.java");
    Files.createDirectories(uncounted.getParent());
    Files.writeString(uncounted, Files.readString(file).replace("add.applyAsLong(KNOWN[filled], KNOWN[filled - 1])",
        "KNOWN[filled] + KNOWN[filled - 1]").replace("KNOWN = new long[4096]", "KNOWN = new long[4096]; // fresh"),
        StandardCharsets.UTF_8);
    List<Outcome> outcomes = CHECK.checkShared(exercise, List.of(file, uncounted), ExerciseCheck.Depth.UNTIL_GATE);
    Outcome outcome = outcomes.get(0);
    String text = OutcomeText.describe(exercise, "MemoFibonacci.java", outcome);
    assertEquals(Outcome.Status.PASSED, outcome.status(), text);
    String zero = OutcomeText.describe(exercise, "MemoFibonacci.java", outcomes.get(1));
    assertEquals(Outcome.Status.FAILING, outcomes.get(1).status(), zero);
    assertTrue(zero.contains("the complexity gate could not measure your code: the code counted 0 additions at n = 16"), zero);
    assertFalse(zero.contains("\tat ") || zero.contains("Exception"), zero);
    assertTrue(outcome.gate().isPresent(), text);
  }
}
