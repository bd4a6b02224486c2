package io.github.dsalab.exercises.checker;

import io.github.dsalab.exercises.track.Exercise;
import io.github.dsalab.trace.exercise.ExerciseReplay;
import io.github.dsalab.trace.exercise.ReplayMain;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * "Your code, replayed": when a check fails on a shrunk sample of a traceable exercise (the sorts
 * and quickselect, the searches, the heaps, the search trees that compare keys, the graphs that
 * take a {@code Graph}), this replays the learner's code and the reference solution on that
 * sample, side by side, and writes the page (see {@link ExerciseReplay}). The learner's code runs
 * in a JVM of its own ({@link ReplayMain}), with a time limit, as in the check itself. For the
 * other exercises {@link #unavailable} says, in one sentence, why there is no page.
 */
public final class FailureReplay {
  /** A replay of at most 64 elements takes well under a second; the rest is JVM start-up. */
  static final long TIME_LIMIT_SECONDS = 30;

  private FailureReplay() {}

  /** What the replay found: the first difference, in one line, and the page that shows it. */
  public record Result(String difference, Path page) {}

  /**
   * Says, in one sentence for the learner, why a failing check of {@code exercise} gets no
   * replay page, or empty if it can get one.
   */
  public static Optional<String> unavailable(Exercise exercise) {
    return ExerciseReplay.whyNot(exercise.name());
  }

  /**
   * Replays the learner's file and the reference solution on {@code sample}.
   *
   * @return the result, or empty if the exercise cannot be traced, the sample does not hold the
   *     exercise's input, or the replay failed or ran out of time (the check's own report already
   *     says what is wrong; the caller says that no page was written)
   */
  public static Optional<Result> replay(Exercise exercise, Path yours, Path reference, String sample, Path page,
      List<Path> helpers) {
    if (unavailable(exercise).isPresent()) {
      return Optional.empty();
    }
    Path sampleFile = null;
    try {
      sampleFile = Files.createTempFile("dsa-replay-sample", ".txt");
      Files.writeString(sampleFile, sample, StandardCharsets.UTF_8);
      // A replay is short and mostly javac (both files are compiled): the client compiler alone and
      // the serial collector start fastest, as for the checker's own forks. One replay took 2.7 s
      // of CPU with the defaults, 1.6 s with these (merge-sort, measured on the 2-core machine).
      List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
          "-cp", System.getProperty("java.class.path"), ReplayMain.class.getName(), exercise.name(),
          exercise.className(), yours.toString(), reference.toString(), sampleFile.toString(), page.toString()));
      helpers.forEach(helper -> command.add(helper.toString()));
      Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      byte[] output;
      try (InputStream in = process.getInputStream()) {
        if (!process.waitFor(TIME_LIMIT_SECONDS, TimeUnit.SECONDS)) {
          process.destroyForcibly();
          return Optional.empty();
        }
        output = in.readAllBytes();
      }
      if (process.exitValue() != 0) {
        return Optional.empty();
      }
      String difference = null;
      Path written = null;
      for (String line : new String(output, StandardCharsets.UTF_8).split("\\R")) {
        if (line.startsWith("difference: ")) {
          difference = line.substring("difference: ".length());
        } else if (line.startsWith("page: ")) {
          written = Path.of(line.substring("page: ".length()));
        }
      }
      return difference == null || written == null ? Optional.empty() : Optional.of(new Result(difference, written));
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    } finally {
      if (sampleFile != null) {
        try {
          Files.deleteIfExists(sampleFile);
        } catch (IOException ignored) {
          // A temporary file left behind is harmless.
        }
      }
    }
  }
}
