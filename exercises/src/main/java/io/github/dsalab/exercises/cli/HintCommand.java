package io.github.dsalab.exercises.cli;

import io.github.dsalab.exercises.track.Exercise;
import picocli.CommandLine.Command;

/** {@code hint <name>}: reveals the next hint, after repeating the ones already shown. */
@Command(name = "hint", mixinStandardHelpOptions = true,
    description = "Shows the hints you have seen for an exercise, plus the next one.")
final class HintCommand extends ExerciseCommand {
  @Override
  int run(Session session, Exercise exercise) {
    int total = exercise.hints().size();
    int shown = Math.min(total, session.progress.hintsShown(exercise) + 1);
    session.progress.setHintsShown(exercise, shown);
    for (int i = 0; i < shown; i++) {
      session.out.println("Hint " + (i + 1) + " of " + total + ": " + exercise.hints().get(i));
    }
    if (shown == total) {
      session.out.println("(That was the last hint. The solution is shown once ./lab check "
          + exercise.name() + " passes.)");
    }
    return 0;
  }
}
