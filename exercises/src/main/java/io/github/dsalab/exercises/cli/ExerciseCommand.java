package io.github.dsalab.exercises.cli;

import io.github.dsalab.exercises.track.Exercise;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** A command about one named exercise: finds it (or says "did you mean", exit code 2), then acts. */
abstract class ExerciseCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "NAME", description = "the exercise (name or number)")
  String name;

  @Override
  public final Integer call() throws Exception {
    Session session = Session.open(spec.commandLine());
    Optional<Exercise> found = session.find(name);
    if (found.isEmpty()) {
      return Session.USAGE;
    }
    return run(session, found.get());
  }

  abstract int run(Session session, Exercise exercise) throws Exception;
}
