package io.github.dsalab.exercises.checker;

import io.github.dsalab.exercises.gate.GateVerdict;
import io.github.dsalab.exercises.track.Exercise;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Writes an {@link Outcome} in plain words for the learner. */
public final class OutcomeText {
  /** How many failed tests are described in full; the rest are only named. */
  private static final int DETAILED_FAILURES = 1;

  private OutcomeText() {}

  public static String describe(Exercise exercise, String file, Outcome outcome) {
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
            .append(outcome.failures().get(0).cause().message()).append("\").\n")
            .append("  Read the statement at the top of ").append(file)
            .append(", replace the TODO with your code, and check again.\n");
        break;
      case TIMED_OUT:
        text.append("✗ ").append(name).append(": stopped at the time limit while running ")
            .append(where(outcome)).append(".\n")
            .append("  Your code probably loops forever: check that every loop moves towards its end ")
            .append("(for example that the index, bound or counter it tests changes on every pass).\n");
        break;
      case OUT_OF_MEMORY:
        text.append("✗ ").append(name).append(": ran out of memory (the limit is ")
            .append(IsolatedRun.HEAP_MEGABYTES).append(" MiB) while running ").append(where(outcome)).append(".\n")
            .append("  Your code keeps more than it needs: look for a collection that grows on every pass of a ")
            .append("loop, or an array as large as the values instead of the input.\n");
        break;
      case STACK_OVERFLOW:
        text.append("✗ ").append(name).append(": the stack overflowed while running ").append(where(outcome))
            .append(": your recursion went too deep.\n");
        outcome.failures().stream().findFirst().ifPresent(failure -> {
          failure.sample().ifPresent(sample -> text.append("  Smallest input that overflows (shrunk by jqwik):\n")
              .append(indent(sample, "      ")));
          List<String> frames = failure.cause().learnerFrames();
          if (!frames.isEmpty()) {
            text.append("  It recursed through ").append(frames.get(0)).append('\n');
          }
        });
        text.append("  Check that every recursive call works on a smaller input and stops at a base case; ")
            .append("if the input is simply deep (a long list, a degenerate tree), use a loop or an explicit stack.\n");
        break;
      case EXITED:
        appendExit(text, name, outcome);
        break;
      case SHORTCUT:
        text.append("✗ ").append(name).append(": your file uses something this exercise does not allow.\n\n")
            .append(indent(outcome.compileErrors(), "  "));
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
      appendCause(text, failure.cause());
    }
  }

  /** The learner's code ended the forked JVM: {@code System.exit}, {@code Runtime.halt} or a crash. */
  private static void appendExit(StringBuilder text, String name, Outcome outcome) {
    text.append("✗ ").append(name).append(": your code ended the program while running ").append(where(outcome));
    TestFailure.Cause cause = outcome.failures().isEmpty() ? null : outcome.failures().get(0).cause();
    if (cause != null && cause.type().equals("System.exit")) {
      text.append(": it called ").append(cause.message());
      if (!cause.learnerFrames().isEmpty()) {
        text.append(" at ").append(cause.learnerFrames().get(0));
      }
      text.append(".\n  An exercise returns its answer (or throws an exception); it never ends the program.\n");
    } else {
      text.append(" (").append(cause == null ? "no result" : cause.message()).append(", without calling System.exit)")
          .append(".\n  That is Runtime.halt or a crash of the JVM: an exercise returns its answer")
          .append(" (or throws an exception); it never ends the program.\n");
    }
  }

  /** {@code test "finds every key"} or {@code the complexity gate, n = 4096}. */
  static String where(Outcome outcome) {
    String running = outcome.runningTest();
    if (running.startsWith(IsolatedRun.GATE) || running.startsWith("loading")) {
      return running;
    }
    return "test \"" + humanize(running) + "\"";
  }

  private static void appendCause(StringBuilder text, TestFailure.Cause cause) {
    if (cause.kind() == TestFailure.Kind.EXPECTED_ACTUAL) {
      String message = cause.message();
      int arrow = message.indexOf(" ==> ");
      if (arrow > 0) {
        text.append("  Checking: ").append(message, 0, arrow).append('\n');
      }
      text.append("  Expected: ").append(cause.expected()).append('\n');
      text.append("  Actual:   ").append(cause.actual()).append('\n');
    } else if (cause.kind() == TestFailure.Kind.ASSERTION) {
      text.append("  ").append(cause.message()).append('\n');
    } else {
      text.append("  Your code threw ").append(cause.type());
      if (!cause.message().isEmpty()) {
        text.append(": ").append(cause.message());
      }
      text.append('\n');
      List<String> frames = cause.learnerFrames();
      if (frames.isEmpty()) {
        text.append("      (thrown outside your class, while the test was calling it)\n");
      }
      for (String frame : frames) {
        text.append("      at ").append(frame).append('\n');
      }
    }
  }

  /** {@code findsEveryKey()} becomes {@code finds every key}. */
  public static String humanize(String testName) {
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
