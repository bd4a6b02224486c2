package io.github.dsalab.exercises.cli;

import io.github.dsalab.exercises.track.Exercise;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code reset <name>}: puts the untouched stub back in the workspace, after asking. */
@Command(name = "reset", mixinStandardHelpOptions = true,
    description = "Replaces your file with the original stub (asks first).")
final class ResetCommand extends ExerciseCommand {
  @Option(names = {"-y", "--yes"}, description = "do not ask")
  private boolean yes;

  @Override
  int run(Session session, Exercise exercise) throws IOException {
    Path file = session.track.workspaceFile(exercise);
    if (!yes && Files.exists(file)) {
      session.out.print("Replace " + session.relative(file) + " with the original stub? Your changes will be lost. [y/N] ");
      session.out.flush();
      String answer = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
      if (answer == null || !answer.strip().toLowerCase(Locale.ROOT).startsWith("y")) {
        session.out.println("Nothing changed.");
        return 1;
      }
    }
    Files.createDirectories(file.getParent());
    Files.copy(session.track.stubFile(exercise), file, StandardCopyOption.REPLACE_EXISTING);
    session.progress.setStatus(exercise, Progress.Status.TODO);
    session.out.println("Reset " + session.relative(file) + " to the stub.");
    return 0;
  }
}
