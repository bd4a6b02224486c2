package io.github.dsalab.exercises.checker;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.opentest4j.AssertionFailedError;

/** Writes an {@link Outcome} in plain words for the learner. */
final class OutcomeText {
  /** How many failed tests are described in full; the rest are only named. */
  private static final int DETAILED_FAILURES = 1;

  private OutcomeText() {}

  static String describe(Exercise exercise, String file, Outcome outcome) {
    StringBuilder text = new StringBuilder();
    String name = exercise.name();
    switch (outcome.status()) {
      case COMPILE_ERROR:
        text.append("✗ ").append(name).append(": your file does not compile.\n\n")
            .append(indent(outcome.compileErrors(), "  "));
        break;
      case SPEC_BROKEN:
        text.append("✗ ").append(name).append(": the tests no longer compile against your file; ")
            .append("keep the class name and the method signatures of the stub.\n\n")
            .append(indent(outcome.compileErrors(), "  "));
        break;
      case NOT_STARTED:
        text.append("• ").append(name).append(": not started yet (the stub still says \"")
            .append(todoMessage(outcome.failures().get(0).cause())).append("\").\n")
            .append("  Read the statement at the top of ").append(file)
            .append(", replace the TODO with your code, and check again.\n");
        break;
      case TIMED_OUT:
        text.append("✗ ").append(name).append(": stopped after the time limit while running \"")
            .append(humanize(outcome.runningTest())).append("\".\n")
            .append("  Your code probably loops forever: check that every loop moves towards its end ")
            .append("(for example that low or high changes on every pass).\n");
        break;
      case FAILING:
        appendFailures(text, exercise, outcome);
        break;
      case TOO_SLOW:
        text.append("✓ ").append(name).append(": all ").append(outcome.testsRun()).append(" tests pass.\n");
        GateVerdict slow = outcome.gate().orElseThrow();
        text.append("✗ Complexity: ").append(slow.message()).append('\n')
            .append(indent(slow.table(), "    "));
        slow.page().ifPresent(page -> text.append("    Chart: ").append(page.toUri()).append('\n'));
        break;
      case PASSED:
        text.append("✓ ").append(name).append(": all ").append(outcome.testsRun()).append(" tests pass.\n");
        outcome.gate().ifPresent(verdict -> {
          String mark = verdict.kind() == GateVerdict.Kind.WARN ? "! Complexity (warning): " : "✓ Complexity: ";
          text.append(mark).append(verdict.message()).append('\n').append(indent(verdict.table(), "    "));
          verdict.page().ifPresent(page -> text.append("    Chart: ").append(page.toUri()).append('\n'));
        });
        break;
      default:
        throw new AssertionError(outcome.status());
    }
    return text.toString();
  }

  private static void appendFailures(StringBuilder text, Exercise exercise, Outcome outcome) {
    // The failure jqwik shrank to a smallest input is the most useful one: describe it first.
    List<TestFailure> failures = new ArrayList<>(outcome.failures());
    failures.sort(java.util.Comparator.comparing(f -> f.sample().isEmpty()));
    text.append("✗ ").append(exercise.name()).append(": ").append(failures.size())
        .append(failures.size() == 1 ? " test fails" : " tests fail").append(" (of ")
        .append(outcome.testsRun()).append(").\n");
    for (int i = 0; i < failures.size(); i++) {
      TestFailure failure = failures.get(i);
      text.append("\n  Test: ").append(humanize(failure.testName())).append('\n');
      if (i >= DETAILED_FAILURES) {
        continue;
      }
      failure.sample().ifPresent(sample -> text.append("  Smallest failing input (shrunk by jqwik):\n")
          .append(indent(sample, "      ")));
      appendCause(text, exercise, failure.cause());
    }
  }

  private static void appendCause(StringBuilder text, Exercise exercise, Throwable cause) {
    if (cause instanceof AssertionFailedError && ((AssertionFailedError) cause).isExpectedDefined()) {
      AssertionFailedError failed = (AssertionFailedError) cause;
      String message = failed.getMessage() == null ? "" : failed.getMessage();
      int arrow = message.indexOf(" ==> ");
      if (arrow > 0) {
        text.append("  Checking: ").append(message, 0, arrow).append('\n');
      }
      text.append("  Expected: ").append(failed.getExpected().getStringRepresentation()).append('\n');
      text.append("  Actual:   ").append(failed.getActual().getStringRepresentation()).append('\n');
    } else if (cause instanceof AssertionError) {
      text.append("  ").append(cause.getMessage()).append('\n');
    } else {
      text.append("  Your code threw ").append(cause.getClass().getName());
      if (cause.getMessage() != null) {
        text.append(": ").append(cause.getMessage());
      }
      text.append('\n');
      List<String> frames = learnerFrames(exercise, cause);
      if (frames.isEmpty()) {
        text.append("      (thrown outside your class, while the test was calling it)\n");
      }
      for (String frame : frames) {
        text.append("      at ").append(frame).append('\n');
      }
    }
  }

  private static String todoMessage(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof UnsupportedOperationException && String.valueOf(cause.getMessage()).startsWith("TODO")) {
        return cause.getMessage();
      }
    }
    return String.valueOf(failure.getMessage());
  }

  /** The stack frames in the learner's own class (and its nested classes), top first. */
  static List<String> learnerFrames(Exercise exercise, Throwable cause) {
    List<String> frames = new ArrayList<>();
    for (StackTraceElement frame : cause.getStackTrace()) {
      String type = frame.getClassName();
      if (type.equals(exercise.className()) || type.startsWith(exercise.className() + "$")) {
        frames.add(type.substring(Exercise.BASE_PACKAGE.length() + exercise.topic().length() + 2)
            + "." + frame.getMethodName() + "(" + frame.getFileName() + ":" + frame.getLineNumber() + ")");
      }
    }
    return frames;
  }

  /** {@code findsEveryKey()} becomes {@code finds every key}. */
  static String humanize(String testName) {
    String name = testName.endsWith("()") ? testName.substring(0, testName.length() - 2) : testName;
    if (name.contains(" ")) {
      return name;
    }
    return name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replaceAll("([A-Z])([A-Z][a-z])", "$1 $2")
        .toLowerCase(Locale.ROOT);
  }

  static String indent(String block, String prefix) {
    StringBuilder text = new StringBuilder();
    for (String line : block.split("\\R")) {
      if (!line.isEmpty()) {
        text.append(prefix).append(line).append('\n');
      }
    }
    return text.toString();
  }
}
