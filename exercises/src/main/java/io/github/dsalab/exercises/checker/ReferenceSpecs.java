package io.github.dsalab.exercises.checker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The specs compiled against the reference solutions, for the complexity gate to compare the
 * learner's counts with. All gated exercises are compiled in one compiler run into
 * {@code exercises/target/gate/reference} the first time one is needed, and again whenever a
 * solution, a spec or the manifest is newer than that build.
 *
 * <pre>{@code
 * SpecLoader reference = new ReferenceSpecs(track).loader(exercise);
 * Class<?> spec = reference.load();   // a fresh class loader on every call
 * }</pre>
 */
final class ReferenceSpecs {
  private final Track track;
  private final Path folder;

  ReferenceSpecs(Track track) {
    this(track, track.root().resolve("exercises/target/gate/reference"));
  }

  /** Uses (and if needed builds) the reference specs in {@code folder}. */
  ReferenceSpecs(Track track, Path folder) {
    this.track = track;
    this.folder = folder;
  }

  /** Loads the exercise's spec compiled against its reference solution, in a new class loader each time. */
  SpecLoader loader(Exercise exercise) {
    URL url = url(build());
    return () -> {
      try {
        return Class.forName(exercise.specClassName(), true,
            new URLClassLoader(new URL[] {url}, ReferenceSpecs.class.getClassLoader()));
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException("the reference build in " + folder + " has no " + exercise.specClassName(), e);
      }
    };
  }

  private static URL url(Path path) {
    try {
      return path.toUri().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Builds the reference specs unless an up-to-date build exists; returns its folder. */
  synchronized Path build() {
    List<Path> sources = new ArrayList<>();
    for (Exercise exercise : track.exercises()) {
      if (exercise.gate().isPresent()) {
        sources.add(track.solutionFile(exercise));
        sources.add(track.specFile(exercise));
      }
    }
    Path stamp = folder.resolve(".built");
    try {
      if (Files.exists(stamp) && !newerThan(sources, Files.getLastModifiedTime(stamp))) {
        return folder;
      }
      Files.createDirectories(folder.getParent());
      Path fresh = Files.createTempDirectory(folder.getParent(), "reference-");
      ExerciseCompiler.Result result = ExerciseCompiler.compile(sources, fresh);
      if (!result.success) {
        throw new IllegalStateException("the reference solutions do not compile with their specs:\n"
            + result.errorText());
      }
      Files.createFile(fresh.resolve(".built"));
      Path old = folder.resolveSibling(folder.getFileName() + "-old-" + System.nanoTime());
      if (Files.exists(folder)) {
        Files.move(folder, old, StandardCopyOption.ATOMIC_MOVE);
      }
      Files.move(fresh, folder, StandardCopyOption.ATOMIC_MOVE);
      delete(old);
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the reference solutions in " + folder, e);
    }
  }

  private boolean newerThan(List<Path> sources, FileTime built) throws IOException {
    if (Files.getLastModifiedTime(track.root().resolve("exercises/track.properties")).compareTo(built) > 0) {
      return true;
    }
    for (Path source : sources) {
      if (Files.getLastModifiedTime(source).compareTo(built) > 0) {
        return true;
      }
    }
    return false;
  }

  private static void delete(Path tree) {
    if (!Files.exists(tree)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(tree)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // An old build left behind is harmless.
    }
  }
}
