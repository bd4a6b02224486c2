package io.github.dsalab.exercises.checker;

import io.github.dsalab.exercises.gate.GateVerdict;
import java.util.List;
import java.util.Optional;

/**
 * The result of checking one exercise.
 *
 * @param status what happened
 * @param compileErrors the compiler's errors, when the file does not compile; for
 *     {@link Status#SHORTCUT}, one sentence per line naming each forbidden use and its line
 * @param testsRun how many tests ran
 * @param failures the failed tests, in the order they finished (for {@link Status#EXITED}, one
 *     entry saying how: {@code System.exit} with the learner's frames, or the exit status)
 * @param runningTest what was running when a fault stopped the check (time, memory, stack, exit):
 *     a test's display name, or {@code the complexity gate, n = ...}
 * @param gate the complexity gate's verdict, when the tests passed and the exercise is gated
 */
public record Outcome(Status status, String compileErrors, int testsRun, List<TestFailure> failures,
    String runningTest, Optional<GateVerdict> gate) {

  public enum Status {
    /** The learner's file does not compile. */
    COMPILE_ERROR,
    /** The spec does not compile against the learner's file (a signature was changed). */
    SPEC_BROKEN,
    /** Every failure is the stub's "TODO" exception. */
    NOT_STARTED,
    /** At least one test fails. */
    FAILING,
    /** The tests did not finish in time. */
    TIMED_OUT,
    /** The learner's code ran out of memory (the heap limit of the check's JVM). */
    OUT_OF_MEMORY,
    /** The learner's code overflowed the thread stack (recursion too deep or without end). */
    STACK_OVERFLOW,
    /** The learner's code ended the program ({@code System.exit}, {@code Runtime.halt}, a crash). */
    EXITED,
    /** The learner's code uses something the exercise forbids (dsa-core's algorithm, a JDK shortcut, reflection). */
    SHORTCUT,
    /** Correct, but the gate measured a worse complexity than expected. */
    TOO_SLOW,
    /** Correct, and fast enough (possibly with a warning from the gate). */
    PASSED;
  }

  public boolean passed() {
    return status == Status.PASSED;
  }
}
