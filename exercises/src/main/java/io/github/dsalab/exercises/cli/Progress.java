package io.github.dsalab.exercises.cli;

import io.github.dsalab.exercises.track.Exercise;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Properties;

/**
 * The learner's progress: each exercise's status and how many hints were shown, kept in the
 * git-ignored file {@code .dsa-progress} at the top of the checkout so it survives restarts.
 */
final class Progress {
  enum Status { TODO, FAILING, DONE;
    String word() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final Path file;
  private final Properties values = new Properties();

  private Progress(Path file) {
    this.file = file;
  }

  static Progress load(Path file) {
    Progress progress = new Progress(file);
    if (Files.isRegularFile(file)) {
      try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        progress.values.load(reader);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
    }
    return progress;
  }

  Status status(Exercise exercise) {
    String value = values.getProperty(exercise.name() + ".status", "todo");
    try {
      return Status.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return Status.TODO;
    }
  }

  void setStatus(Exercise exercise, Status status) {
    values.setProperty(exercise.name() + ".status", status.word());
    save();
  }

  int hintsShown(Exercise exercise) {
    try {
      return Integer.parseInt(values.getProperty(exercise.name() + ".hints", "0"));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  void setHintsShown(Exercise exercise, int count) {
    values.setProperty(exercise.name() + ".hints", Integer.toString(count));
    save();
  }

  /** Writes to a temporary file first, so an interrupted save never loses the old progress. */
  private void save() {
    try {
      Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
      try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
        values.store(writer, "dsa-lab exercise progress (written by ./lab; safe to delete)");
      }
      Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
