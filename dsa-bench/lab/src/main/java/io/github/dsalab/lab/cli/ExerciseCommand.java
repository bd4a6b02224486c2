package io.github.dsalab.lab.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The exercise track's commands as the lab's help lists them, so that {@code ./lab --help} shows
 * every command of {@code ./lab} with one line each. They run in the exercise checker's own jar:
 * the {@code ./lab} launcher hands {@code list}, {@code check}, ... to it before the lab starts, so
 * {@code ./lab check --help} is the checker's help. Each line is the first sentence of the
 * checker's own description; {@code ExerciseCommandsTest} fails if the two drift apart.
 */
enum ExerciseCommand {
  /** {@code ./lab list}. */
  LIST("Lists the exercises in order, with their status (todo, failing, done)."),
  /** {@code ./lab check [NAME]}. */
  CHECK("Compiles your file, runs the exercise's tests and, when they pass, measures how its cost grows."),
  /** {@code ./lab hint NAME}. */
  HINT("Shows the hints you have seen for an exercise, plus the next one."),
  /** {@code ./lab solution NAME}. */
  SOLUTION("Shows the reference solution of an exercise you have solved."),
  /** {@code ./lab reset NAME}. */
  RESET("Replaces your file with the original stub (asks first)."),
  /** {@code ./lab watch}. */
  WATCH("Checks the next unsolved exercise every time you save its file, and moves on when it passes.");

  private final String summary;

  ExerciseCommand(String summary) {
    this.summary = summary;
  }

  /** The command's name on the command line: {@code check}. */
  String commandName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The one line the lab's help shows for it. */
  String summary() {
    return summary;
  }

  /**
   * A subcommand for the lab's help. Run inside the lab's jar (without the launcher) it says where
   * the command lives and exits with 2.
   */
  CommandLine commandLine() {
    Redirect redirect = new Redirect(commandName());
    CommandSpec spec = CommandSpec.wrapWithoutInspection(redirect).name(commandName());
    spec.usageMessage().description(summary);
    spec.addPositional(PositionalParamSpec.builder().paramLabel("ARGS").arity("0..*").type(String[].class)
        .description("see ./lab " + commandName() + " --help").build());
    spec.parser().unmatchedOptionsArePositionalParams(true);
    CommandLine commandLine = new CommandLine(spec);
    redirect.commandLine = commandLine;
    return commandLine;
  }

  /** What an exercise command does when it reaches the lab's jar: it says where it runs. */
  private static final class Redirect implements Callable<Integer> {
    private final String name;
    CommandLine commandLine;

    Redirect(String name) {
      this.name = name;
    }

    @Override
    public Integer call() {
      commandLine.getErr().println("'" + name + "' is an exercise command: run it as ./lab " + name
          + " from the project root (the launcher hands it to the exercise checker,"
          + " exercises/target/dsa-exercises.jar).");
      commandLine.getErr().flush();
      return CommandLine.ExitCode.USAGE;
    }
  }
}
