package io.github.dsalab.exercises.cli;

import io.github.dsalab.exercises.track.Exercise;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * {@code watch}: checks the current exercise whenever its file is saved, and moves on to the
 * next one as soon as it passes. Every check runs in a fresh JVM, so code that loops forever is
 * killed with it and the watcher keeps going.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
    description = {"Checks the next unsolved exercise every time you save its file, and moves on",
        "when it passes. Stop with Ctrl-C."})
final class WatchCommand implements Callable<Integer> {
  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10",
      description = "stop each check's tests after this many seconds (default: ${DEFAULT-VALUE})")
  private int timeoutSeconds;

  @Option(names = "--poll", paramLabel = "MILLISECONDS", defaultValue = "400", hidden = true)
  private long pollMillis;

  @Override
  public Integer call() throws IOException, InterruptedException {
    Session session = Session.open(spec.commandLine());
    String previous = null;
    while (true) {
      Optional<Exercise> next = Session.open(spec.commandLine()).nextUnsolved();
      if (next.isEmpty()) {
        session.out.println("Every exercise is done. Well done!");
        return 0;
      }
      Exercise exercise = next.get();
      Path file = session.workspaceFile(exercise);
      boolean passed = false;
      if (!exercise.name().equals(previous)) {
        passed = runCheck(session, exercise) == 0;
        previous = exercise.name();
      }
      if (!passed) {
        session.out.println();
        session.out.println("Watching " + session.relative(file) + ": save it to check again (Ctrl-C to stop).");
        session.out.flush();
        waitForChange(file);
        runCheck(session, exercise);
        previous = exercise.name();
      }
    }
  }

  /** Runs {@code check <name>} in a child JVM with this JVM's class path; returns its exit code. */
  private int runCheck(Session session, Exercise exercise) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Ddsa.root=" + session.track.root());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Checker.class.getName());
    command.add("check");
    command.add("--timeout=" + timeoutSeconds);
    command.add(exercise.name());
    session.out.println();
    session.out.println("──── " + java.time.LocalTime.now().withNano(0) + " ────");
    session.out.flush();
    Process child = new ProcessBuilder(command).inheritIO().start();
    return child.waitFor();
  }

  private void waitForChange(Path file) throws IOException, InterruptedException {
    String before = stamp(file);
    while (stamp(file).equals(before)) {
      Thread.sleep(pollMillis);
    }
    // Editors often write a file in several steps: let the save settle before compiling it.
    Thread.sleep(pollMillis);
  }

  private static String stamp(Path file) throws IOException {
    return Files.exists(file) ? Files.getLastModifiedTime(file) + "/" + Files.size(file) : "missing";
  }
}
