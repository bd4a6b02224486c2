package io.github.dsalab.exercises.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dsalab.exercises.gate.GateVerdict;
import io.github.dsalab.exercises.support.InputFamily;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The gate catches near misses with the right measure: a {@code mutants/<exercise>/gate-<slug>/}
 * solution is correct on the examples but breaks a promise of its statement in a way one benign
 * input and one counter would not see. Besides its verdict it declares what must catch it
 * ({@code // gate: <family>}, {@code <family> (timed)}, or {@code promise} for an exact-count
 * test); {@link MutantHonestyTest} checks that through this class, on the outcome of the shared
 * run it already made.
 */
final class GateNearMisses {
  private GateNearMisses() {}

  /** The {@code // gate:} line of a mutant, if it has one. */
  static Optional<String> declaredMeasure(Path file) throws IOException {
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.startsWith("// gate: ")) {
        return Optional.of(line.substring("// gate: ".length()).strip());
      }
      if (!line.startsWith("//")) {
        break;
      }
    }
    return Optional.empty();
  }

  /** Asserts that the declared measure is the one that caught the mutant. */
  static void assertCaughtBy(String measure, String slug, Outcome outcome, String described) {
    if (outcome.status() == Outcome.Status.FAILING) {
      assertEquals("promise", measure, slug + ": a failing gate- mutant must be caught by a promise test");
      assertTrue(outcome.failures().stream().allMatch(f -> f.testName().startsWith("makes")),
          () -> slug + " must fail only the statement's exact-count promise tests:\n" + described);
      return;
    }
    if (outcome.status() != Outcome.Status.TOO_SLOW) {
      return;
    }
    GateVerdict rejected = outcome.gate().orElseThrow();
    boolean timed = measure.endsWith("(timed)");
    InputFamily family = InputFamily.fromKey(measure.replace("(timed)", "").strip());
    assertTrue(rejected.message().contains("on " + family.description()),
        () -> slug + ": the verdict must name " + family.description() + ":\n" + described);
    assertEquals(timed, rejected.message().contains("your code took"),
        () -> slug + (timed ? " must be caught by the timing" : " must be caught by the counts") + ":\n" + described);
  }
}
