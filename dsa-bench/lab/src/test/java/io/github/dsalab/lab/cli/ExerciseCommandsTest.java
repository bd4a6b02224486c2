package io.github.dsalab.lab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dsalab.exercises.cli.Checker;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * One command line: {@code ./lab --help} lists every command the exercise checker defines, with
 * the checker's own first sentence, and both halves print the same version, read from the build.
 */
class ExerciseCommandsTest {
  /** Each checker command with the first sentence of its description. */
  private static Map<String, String> checkerCommands() {
    Map<String, String> commands = new LinkedHashMap<>();
    new CommandLine(new Checker()).getSubcommands().forEach((name, command) -> {
      String description = String.join(" ", command.getCommandSpec().usageMessage().description()).strip();
      int end = description.indexOf(". ");
      commands.put(name, end < 0 ? description : description.substring(0, end + 1));
    });
    return commands;
  }

  @Test
  void theLabListsEveryExerciseCommandWithTheCheckersOwnLine() {
    Map<String, String> lab = new LinkedHashMap<>();
    for (ExerciseCommand command : ExerciseCommand.values()) {
      lab.put(command.commandName(), command.summary());
    }
    assertEquals(checkerCommands(), lab,
        "the exercise commands in the lab's help must be the checker's (update ExerciseCommand)");
  }

  @Test
  void helpShowsTheLabRunFitAndEveryExerciseCommandOnOneLineEach() {
    StringWriter out = new StringWriter();
    CommandLine lab = Lab.commandLine();
    lab.setOut(new PrintWriter(out));
    assertEquals(0, lab.execute("--help"));
    String help = out.toString();
    assertTrue(help.startsWith("Usage: lab "), help);
    assertTrue(help.lines().anyMatch(line -> line.matches("  fit +Fit your own measurements to a complexity class\\.")),
        help);
    checkerCommands().forEach((name, line) -> assertTrue(
        help.lines().anyMatch(helpLine -> helpLine.equals(String.format("  %-8s  %s", name, line))),
        "'" + name + "  " + line + "' is not one line of: " + help));
  }

  @Test
  void anExerciseCommandReachingTheLabJarSaysWhereItRuns() {
    StringWriter err = new StringWriter();
    CommandLine lab = Lab.commandLine();
    lab.setErr(new PrintWriter(err));
    assertEquals(2, lab.execute("check", "binary-search", "--timeout=5"));
    assertTrue(err.toString().contains("run it as ./lab check"), err.toString());
  }

  @Test
  void theLabAndTheCheckerPrintTheSameVersionFromTheBuild() throws Exception {
    String[] lab = Lab.commandLine().getCommandSpec().version();
    String[] checker = new CommandLine(new Checker()).getCommandSpec().version();
    assertEquals(1, lab.length);
    assertEquals(String.join("\n", checker), String.join("\n", lab));
    assertEquals("dsa-lab " + BuildVersion.version(), lab[0]);
    assertTrue(lab[0].matches("dsa-lab \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), "filtered by Maven: " + lab[0]);
  }
}
