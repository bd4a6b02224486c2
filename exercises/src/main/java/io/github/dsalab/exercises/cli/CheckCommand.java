package io.github.dsalab.exercises.cli;

import io.github.dsalab.exercises.checker.ExerciseCheck;
import io.github.dsalab.exercises.checker.FailureReplay;
import io.github.dsalab.exercises.checker.Outcome;
import io.github.dsalab.exercises.checker.OutcomeText;
import io.github.dsalab.exercises.checker.TestFailure;
import io.github.dsalab.exercises.track.Exercise;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code check [name]}: test an exercise, then measure its complexity. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = {"Compiles your file, runs the exercise's tests and, when they pass, measures how its",
        "cost grows. Without a name, checks the next exercise that is not done."})
final class CheckCommand implements Callable<Integer> {
  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "NAME", description = "the exercise (name or number)")
  private String name;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10",
      description = "stop the tests after they have used this many seconds of processor time"
          + " (default: ${DEFAULT-VALUE}); a busy machine does not count against you")
  private int timeoutSeconds;

  @Override
  public Integer call() {
    Session session = Session.open(spec.commandLine());
    Optional<Exercise> chosen = name == null ? session.nextUnsolved() : session.find(name);
    if (chosen.isEmpty()) {
      if (name != null) {
        return Session.USAGE;
      }
      session.out.println("Every exercise is done. Well done!");
      return 0;
    }
    Exercise exercise = chosen.get();
    Path file = session.workspaceFile(exercise);
    session.out.println(session.colour("@|bold #" + exercise.number() + " " + exercise.name() + "|@ — "
        + exercise.title() + " (level " + ListCommand.stars(exercise.level()) + ", expected "
        + exercise.complexity() + ")"));
    session.out.println("File: " + session.relative(file));
    session.out.println();
    session.out.flush();
    PrintedLines printed = new PrintedLines(session.out);
    Outcome outcome = new ExerciseCheck(session.track, Duration.ofSeconds(timeoutSeconds),
        Duration.ofSeconds(Math.max(30, timeoutSeconds)), ExerciseCheck.learnerConfiguration(session.track), printed)
        .check(exercise, file);
    if (printed.lines > 0) {
      session.out.println();
    }
    session.out.print(OutcomeText.describe(exercise, session.relative(file), outcome));
    replay(session, exercise, file, outcome);
    record(session, exercise, outcome);
    session.out.println();
    if (outcome.passed()) {
      session.out.println("Compare with the reference solution: ./lab solution " + exercise.name());
      Optional<Exercise> next = session.nextUnsolved();
      session.out.println(next.map(e -> "Next: ./lab check " + e.name())
          .orElse("That was the last one: every exercise is done!"));
      return 0;
    }
    int shown = session.progress.hintsShown(exercise);
    if (outcome.status() != Outcome.Status.NOT_STARTED && shown < exercise.hints().size()) {
      session.out.println("Stuck? ./lab hint " + exercise.name() + " (" + shown + " of "
          + exercise.hints().size() + " hints shown)");
    }
    return 1;
  }

  /** Your code, replayed: a failing sample of a traceable exercise gets a page beside the reference. */
  private static void replay(Session session, Exercise exercise, Path file, Outcome outcome) {
    if (outcome.status() != Outcome.Status.FAILING) {
      return;
    }
    Optional<String> unavailable = FailureReplay.unavailable(exercise);
    if (unavailable.isPresent()) {
      session.out.println();
      session.out.println("No step-by-step replay for this exercise: " + unavailable.get() + ".");
      return;
    }
    Optional<String> sample = outcome.failures().stream().map(TestFailure::sample).flatMap(Optional::stream)
        .findFirst();
    if (sample.isEmpty()) {
      session.out.println();
      session.out.println("No step-by-step replay: the failing test is a fixed example, not a generated input "
          + "(./lab trace --yours " + exercise.name() + " shows your code on an input of your choice).");
      return;
    }
    Path page = session.track.root().resolve("trace-report").resolve("replay-" + exercise.name() + ".html");
    // The tree exercises link BinaryNode (printed by TreeText): their sources compile with each solution.
    Path support = session.track.root().resolve("exercises/src/main/java/io/github/dsalab/exercises/support");
    List<Path> helpers = Stream.of("BinaryNode.java", "TreeText.java").map(support::resolve)
        .filter(Files::isRegularFile).toList();
    Optional<FailureReplay.Result> replay =
        FailureReplay.replay(exercise, file, session.track.solutionFile(exercise), sample.get(), page, helpers);
    session.out.println();
    if (replay.isEmpty()) {
      session.out.println("No step-by-step replay this time: that input could not be replayed (it ran out of "
          + "time, or is not an input the replay reads); ./lab trace --yours " + exercise.name()
          + " shows your code on an input of your choice.");
      return;
    }
    session.out.println("Your code, replayed beside the reference on that input, parts at "
        + replay.get().difference());
    session.out.println("Watch both step by step: " + session.relative(replay.get().page()));
  }

  /** Shows the first lines the learner's code prints, marked as theirs, and counts the rest. */
  private static final class PrintedLines implements java.util.function.Consumer<String> {
    /** Enough for a debugging print in a loop, not a flood that hides the verdict. */
    private static final int SHOWN = 30;
    private final java.io.PrintWriter out;
    private volatile int lines;

    PrintedLines(java.io.PrintWriter out) {
      this.out = out;
    }

    @Override
    public synchronized void accept(String line) {
      lines++;
      if (lines == 1) {
        out.println("Your code printed:");
      }
      if (lines <= SHOWN) {
        out.println("  | " + line);
      } else if (lines == SHOWN + 1) {
        out.println("  | ... (more lines not shown)");
      }
      out.flush();
    }
  }

  private static void record(Session session, Exercise exercise, Outcome outcome) {
    Progress.Status status;
    if (outcome.passed()) {
      status = Progress.Status.DONE;
    } else if (outcome.status() == Outcome.Status.NOT_STARTED) {
      status = Progress.Status.TODO;
    } else {
      status = Progress.Status.FAILING;
    }
    session.progress.setStatus(exercise, status);
  }
}
