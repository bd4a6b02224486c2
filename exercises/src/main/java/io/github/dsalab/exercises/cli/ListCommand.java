package io.github.dsalab.exercises.cli;

import io.github.dsalab.exercises.track.Exercise;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** {@code list}: every exercise with its status, level and a progress bar. */
@Command(name = "list", mixinStandardHelpOptions = true,
    description = "Lists the exercises in order, with their status (todo, failing, done).")
final class ListCommand implements Callable<Integer> {
  private static final int BAR_WIDTH = 30;

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Session session = Session.open(spec.commandLine());
    int total = session.track.exercises().size();
    long done = session.track.exercises().stream()
        .filter(e -> session.progress.status(e) == Progress.Status.DONE).count();
    session.out.println(session.colour("@|bold dsa-lab exercises|@"));
    String topic = "";
    for (Exercise exercise : session.track.exercises()) {
      if (!exercise.topic().equals(topic)) {
        topic = exercise.topic();
        session.out.println();
        session.out.println(session.colour("@|bold " + topic + "|@"));
      }
      Progress.Status status = session.progress.status(exercise);
      String word = String.format("%-8s", status.word());
      String coloured = status == Progress.Status.DONE ? "@|green " + word + "|@"
          : status == Progress.Status.FAILING ? "@|red " + word + "|@" : word;
      session.out.println(String.format("  %2d  %-24s %s  ", exercise.number(), exercise.name(),
          stars(exercise.level())) + session.colour(coloured)
          + String.format(" %-13s %s", exercise.complexity(), exercise.title()));
    }
    int filled = (int) (BAR_WIDTH * done / total);
    session.out.println();
    session.out.printf("Progress: [%s%s] %d/%d done (%d%%)%n", "#".repeat(filled), "-".repeat(BAR_WIDTH - filled),
        done, total, 100 * done / total);
    session.nextUnsolved().ifPresentOrElse(
        next -> session.out.println("Next: ./lab check " + next.name()
            + "   (edit " + session.relative(session.track.workspaceFile(next)) + ")"),
        () -> session.out.println("Every exercise is done. Well done!"));
    return 0;
  }

  static String stars(int level) {
    return "*".repeat(level) + ".".repeat(3 - level);
  }
}
