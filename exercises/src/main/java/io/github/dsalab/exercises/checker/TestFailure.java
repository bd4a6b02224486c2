package io.github.dsalab.exercises.checker;

import io.github.dsalab.exercises.track.Exercise;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opentest4j.AssertionFailedError;

/**
 * One failed test of an exercise spec, as plain data: the forked JVM that ran the test turns what
 * was thrown into a {@link Cause}, so the checker's own JVM never holds an object of the learner's.
 *
 * @param testName the test's display name (a method name such as {@code findsTheFirstKey})
 * @param sample the smallest failing input jqwik found, one {@code name: value} per line, if the
 *     test is a property
 * @param cause what the test threw: an assertion error or an exception from the learner's code
 */
public record TestFailure(String testName, Optional<String> sample, Cause cause) {

  /** What kind of throwable failed the test. */
  enum Kind {
    /** The stub's {@code UnsupportedOperationException("TODO ...")}, possibly wrapped. */
    TODO,
    /** An assertion with an expected and an actual value. */
    EXPECTED_ACTUAL,
    /** Any other assertion: its message says it all. */
    ASSERTION,
    /** The learner's code overflowed the stack. */
    STACK_OVERFLOW,
    /** Any other exception or error. */
    EXCEPTION
  }

  /**
   * A throwable, reduced to what the learner is shown.
   *
   * @param kind what kind of failure
   * @param type the throwable's class name
   * @param message its message, or empty
   * @param expected the expected value, for {@link Kind#EXPECTED_ACTUAL}
   * @param actual the actual value, for {@link Kind#EXPECTED_ACTUAL}
   * @param learnerFrames the stack frames in the learner's class, top first, as
   *     {@code Class.method(File.java:line)}
   */
  record Cause(Kind kind, String type, String message, String expected, String actual, List<String> learnerFrames) {
    Cause {
      learnerFrames = List.copyOf(learnerFrames);
    }

    /** Reduces {@code thrown} for the learner of {@code exercise}. */
    static Cause of(Exercise exercise, Throwable thrown) {
      List<String> frames = learnerFrames(exercise, thrown);
      String message = thrown.getMessage() == null ? "" : thrown.getMessage();
      for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
        if (cause instanceof UnsupportedOperationException && cause.getMessage() != null
            && cause.getMessage().startsWith("TODO")) {
          return new Cause(Kind.TODO, cause.getClass().getName(), cause.getMessage(), "", "", frames);
        }
        if (cause instanceof StackOverflowError) {
          return new Cause(Kind.STACK_OVERFLOW, cause.getClass().getName(), "", "", "", learnerFrames(exercise, cause));
        }
      }
      if (thrown instanceof AssertionFailedError && ((AssertionFailedError) thrown).isExpectedDefined()) {
        AssertionFailedError failed = (AssertionFailedError) thrown;
        return new Cause(Kind.EXPECTED_ACTUAL, thrown.getClass().getName(), message,
            failed.getExpected().getStringRepresentation(), failed.getActual().getStringRepresentation(), frames);
      }
      Kind kind = thrown instanceof AssertionError ? Kind.ASSERTION : Kind.EXCEPTION;
      return new Cause(kind, thrown.getClass().getName(), message, "", "", frames);
    }

    /** The stack frames in the learner's own class (and its nested classes), top first. */
    static List<String> learnerFrames(Exercise exercise, Throwable thrown) {
      return learnerFrames(exercise, thrown.getStackTrace());
    }

    static List<String> learnerFrames(Exercise exercise, StackTraceElement[] stack) {
      List<String> frames = new ArrayList<>();
      for (StackTraceElement frame : stack) {
        String type = frame.getClassName();
        if (type.equals(exercise.className()) || type.startsWith(exercise.className() + "$")) {
          frames.add(type.substring(Exercise.BASE_PACKAGE.length() + exercise.topic().length() + 2)
              + "." + frame.getMethodName() + "(" + frame.getFileName() + ":" + frame.getLineNumber() + ")");
        }
      }
      return frames;
    }
  }
}
