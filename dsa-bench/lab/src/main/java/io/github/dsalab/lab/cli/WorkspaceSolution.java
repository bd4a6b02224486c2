package io.github.dsalab.lab.cli;

import io.github.dsalab.trace.exercise.SolutionCompiler;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * A learner's current solution of an exercise ({@code exercises/workspace/TOPIC/Class.java}),
 * found through the track's manifest, compiled on its own and loaded, for
 * {@code ./lab trace NAME --yours}.
 */
final class WorkspaceSolution {
  private WorkspaceSolution() {}

  /** Why a solution could not be loaded, in one or more lines for the learner. */
  static final class NotLoaded extends Exception {
    private static final long serialVersionUID = 1L;

    NotLoaded(String message) {
      super(message);
    }
  }

  /** Compiles and loads the learner's class for {@code exercise} under the repository {@code root}. */
  static Class<?> load(Path root, String exercise) throws NotLoaded, IOException {
    Path track = root.resolve("exercises").resolve("track.properties");
    if (!Files.isRegularFile(track)) {
      throw new NotLoaded("no exercise track at " + track + " (run ./lab from the dsa-lab folder)");
    }
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(track, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    String name = properties.getProperty(exercise + ".class");
    if (name == null) {
      throw new NotLoaded("the track has no exercise '" + exercise + "'");
    }
    String[] parts = name.trim().split("\\.");
    Path file = root.resolve("exercises").resolve("workspace").resolve(parts[0]).resolve(parts[1] + ".java");
    if (!Files.isRegularFile(file)) {
      throw new NotLoaded("no solution of " + exercise + " yet: ./lab check " + exercise + " creates " + root.relativize(file)
          + " for you to fill in");
    }
    // The tree exercises link BinaryNode (printed by TreeText): their sources compile with the solution.
    Path support = root.resolve("exercises/src/main/java/io/github/dsalab/exercises/support");
    Path[] helpers = Stream.of("BinaryNode.java", "TreeText.java").map(support::resolve)
        .filter(Files::isRegularFile).toArray(Path[]::new);
    try {
      return SolutionCompiler.load(file, "io.github.dsalab.exercises." + name.trim(), helpers);
    } catch (SolutionCompiler.NotLoaded e) {
      throw new NotLoaded(e.getMessage());
    }
  }
}
