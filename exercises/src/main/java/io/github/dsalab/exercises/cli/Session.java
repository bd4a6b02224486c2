package io.github.dsalab.exercises.cli;

import io.github.dsalab.exercises.track.Exercise;
import io.github.dsalab.exercises.track.Track;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;

/**
 * What every command needs: the track, the learner's progress and the output streams, plus
 * the name lookup with "did you mean".
 */
final class Session {
  /** Exit code for a mistyped exercise name or a bad usage, as picocli uses for bad input. */
  static final int USAGE = 2;

  final Track track;
  final Progress progress;
  final PrintWriter out;
  final PrintWriter err;
  final CommandLine.Help.Ansi ansi;

  private Session(Track track, PrintWriter out, PrintWriter err, CommandLine.Help.Ansi ansi) {
    this.track = track;
    this.progress = Progress.load(track.progressFile());
    this.out = out;
    this.err = err;
    this.ansi = ansi;
  }

  /** Opens the checkout named by {@code -Ddsa.root}, or the one holding the current folder. */
  static Session open(CommandLine commandLine) {
    String configured = System.getProperty("dsa.root");
    Path root = configured != null ? Paths.get(configured)
        : Track.findRoot(Paths.get("")).orElseThrow(() -> new CommandLine.ParameterException(commandLine,
            "no exercises/track.properties here or in a parent folder: run ./lab from your dsa-lab checkout"));
    return new Session(Track.load(root), commandLine.getOut(), commandLine.getErr(),
        commandLine.getColorScheme().ansi());
  }

  /** Finds an exercise, or says "did you mean" on the error stream. */
  Optional<Exercise> find(String name) {
    Optional<Exercise> exercise = track.find(name);
    if (exercise.isEmpty()) {
      List<String> close = track.suggestions(name);
      err.println("No exercise is called \"" + name + "\"."
          + (close.isEmpty() ? "" : " Did you mean " + String.join(" or ", close) + "?"));
      err.println("Run ./lab list to see them all.");
    }
    return exercise;
  }

  /** The first exercise that is not done, if any. */
  Optional<Exercise> nextUnsolved() {
    return track.exercises().stream()
        .filter(e -> progress.status(e) != Progress.Status.DONE).findFirst();
  }

  /** Copies the stub into the workspace the first time an exercise is opened. */
  Path workspaceFile(Exercise exercise) {
    Path file = track.workspaceFile(exercise);
    if (!Files.exists(file)) {
      try {
        Files.createDirectories(file.getParent());
        Files.copy(track.stubFile(exercise), file);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot create " + file, e);
      }
      out.println("Created " + relative(file) + " from the stub: that is the file you edit.");
    }
    return file;
  }

  String relative(Path file) {
    return track.root().relativize(file.toAbsolutePath().normalize()).toString();
  }

  String colour(String markup) {
    return ansi.string(markup);
  }
}
