package io.github.dsalab.exercises.cli;

import io.github.dsalab.exercises.track.Exercise;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import picocli.CommandLine.Command;

/** {@code solution <name>}: the reference solution, shown only once the exercise passes. */
@Command(name = "solution", mixinStandardHelpOptions = true,
    description = "Shows the reference solution of an exercise you have solved.")
final class SolutionCommand extends ExerciseCommand {
  @Override
  int run(Session session, Exercise exercise) throws IOException {
    if (session.progress.status(exercise) != Progress.Status.DONE) {
      session.err.println("Solve it first: the solution of " + exercise.name() + " is shown once ./lab check "
          + exercise.name() + " passes. Stuck? ./lab hint " + exercise.name());
      return 1;
    }
    session.out.println("// " + session.relative(session.track.solutionFile(exercise)));
    session.out.print(Files.readString(session.track.solutionFile(exercise), StandardCharsets.UTF_8));
    return 0;
  }
}
