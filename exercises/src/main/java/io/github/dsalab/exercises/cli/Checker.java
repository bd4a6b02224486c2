package io.github.dsalab.exercises.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * The exercise checker's command line, run by {@code ./lab list|check|hint|solution|reset|watch}.
 *
 * <table class="striped">
 *   <caption>Commands</caption>
 *   <tr><th>command</th><th>what it does</th></tr>
 *   <tr><td>{@code list}</td><td>every exercise with its status, level and a progress bar</td></tr>
 *   <tr><td>{@code check [name]}</td><td>compiles and tests an exercise (default: the next
 *       unsolved one), then measures its complexity</td></tr>
 *   <tr><td>{@code hint <name>}</td><td>reveals the next hint</td></tr>
 *   <tr><td>{@code solution <name>}</td><td>shows the reference solution, once the exercise passes</td></tr>
 *   <tr><td>{@code reset <name>}</td><td>puts the stub back, after asking</td></tr>
 *   <tr><td>{@code watch}</td><td>checks again on every save, and moves on when an exercise passes</td></tr>
 * </table>
 *
 * <pre>{@code
 * ./lab list
 * ./lab check binary-search
 * ./lab hint binary-search
 * }</pre>
 */
@Command(name = "./lab", mixinStandardHelpOptions = true, versionProvider = Checker.BuildVersion.class,
    description = "The dsa-lab exercise track: solve the stubs in exercises/workspace, one by one.",
    subcommands = {ListCommand.class, CheckCommand.class, HintCommand.class, SolutionCommand.class,
        ResetCommand.class, WatchCommand.class},
    footer = {"", "Exit codes: 0 = success, 1 = the check failed, 2 = unknown exercise or bad usage,",
        "3 = the checker itself failed (one line says why)."})
public final class Checker implements Runnable {
  /** jqwik logs its after-failure strategy at INFO; kept in a field so the setting is not collected. */
  private static final java.util.logging.Logger JQWIK_LOG = java.util.logging.Logger.getLogger("net.jqwik");

  /** Exit code when the checker itself fails (a broken manifest, a missing JDK, a bug). */
  static final int INTERNAL_ERROR = 3;

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  /**
   * The one line a learner sees when the checker fails: what failed, never a stack trace.
   *
   * @param exception what the checker threw
   * @return {@code dsa-lab checker: internal error: ...}
   */
  static String internalError(Throwable exception) {
    Throwable cause = exception;
    while (cause.getCause() != null && (cause.getMessage() == null || cause instanceof java.util.concurrent.ExecutionException)) {
      cause = cause.getCause();
    }
    String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    return "dsa-lab checker: internal error (not your code): " + message.lines().findFirst().orElse("")
        + " — please report it.";
  }

  /** Creates the root command; picocli calls this. */
  public Checker() {}

  /**
   * Runs the checker and exits with its exit code.
   *
   * @param args a command and its arguments, e.g. {@code check binary-search}
   */
  public static void main(String[] args) {
    JQWIK_LOG.setLevel(java.util.logging.Level.WARNING);
    int exit;
    try {
      exit = execute(args);
    } catch (RuntimeException | Error e) {
      // Picocli handles the commands' exceptions; this is for anything that escapes it.
      System.err.println(internalError(e));
      exit = INTERNAL_ERROR;
    }
    System.exit(exit);
  }

  static int execute(String... args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(
        new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(
        new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
    return commandLine(out, err).execute(args);
  }

  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new Checker());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExecutionExceptionHandler((exception, line, parsed) -> {
      line.getErr().println(internalError(exception));
      line.getErr().flush();
      return INTERNAL_ERROR;
    });
    return commandLine;
  }

  /**
   * The version of the build, as the lab prints it too: {@code dsa-lab 0.1.0}, read from
   * {@code META-INF/dsa-lab/version.properties}, which Maven fills in (dsa-fitter's resources).
   */
  static final class BuildVersion implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws java.io.IOException {
      java.util.Properties properties = new java.util.Properties();
      try (java.io.InputStream in = Checker.class.getResourceAsStream("/META-INF/dsa-lab/version.properties")) {
        if (in == null) {
          return new String[] {"dsa-lab (version unknown: META-INF/dsa-lab/version.properties is missing)"};
        }
        properties.load(in);
      }
      return new String[] {"dsa-lab " + properties.getProperty("version", "(version unknown)")};
    }
  }

  /** With no command, shows the list, which says what to do next. */
  @Override
  public void run() {
    spec.commandLine().getSubcommands().get("list").execute();
  }
}
