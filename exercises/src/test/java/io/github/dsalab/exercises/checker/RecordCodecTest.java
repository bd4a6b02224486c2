package io.github.dsalab.exercises.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.dsalab.exercises.gate.GateVerdict;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An outcome crosses from the forked JVM to the checker unchanged, on one line. */
class RecordCodecTest {
  @Test
  void anOutcomeWithFailuresAndAGateVerdictSurvivesTheTrip() {
    Outcome outcome = new Outcome(Outcome.Status.FAILING, "", 7,
        List.of(new TestFailure("findsEveryKey()", Optional.of("values: [0, 1]\nkey: 1"),
            new TestFailure.Cause(TestFailure.Kind.EXPECTED_ACTUAL, "org.opentest4j.AssertionFailedError",
                "index ==> expected", "OptionalInt[1]", "OptionalInt.empty", List.of("BinarySearch.indexOf(BinarySearch.java:9)")))),
        "ünïcode → test", Optional.of(new GateVerdict(GateVerdict.Kind.WARN, "O(n)", "hm", "n = 1 -> 2\n")));
    String line = RecordCodec.encode(outcome);
    assertFalse(line.contains(" ") || line.contains("\n"), line);
    assertEquals(outcome, RecordCodec.decode(line, Outcome.class));
  }
}
