package io.github.dsalab.exercises.checker;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The forked JVM's class-data archive (AppCDS): the checker's, JUnit's and jqwik's classes,
 * parsed once and mapped into every later fork, which then starts in about half the time.
 *
 * <p>The first forks of a given class path write the archive as they exit
 * ({@code -XX:ArchiveClassesAtExit}), each into a file of its own; the first that ends well is
 * renamed into place, so no fork ever maps a half-written archive, and the next forks share it
 * ({@code -XX:SharedArchiveFile}). The file name carries a hash of the class path and of its jars'
 * sizes and times, so a rebuilt checker gets a new archive. Archive, and jars, live beside the
 * checker's own classes ({@code exercises/target}), whatever track they check.
 *
 * <p>The JVM archives classes from jars only: a folder on the checker's class path (the checker
 * run from Maven's {@code target/classes}, as in {@code mvn verify}) is given to the fork as a jar
 * of the same files, made once per content. Whatever fails here (no writable folder, a JVM that
 * cannot archive) leaves the fork without an archive, never without its classes.
 */
final class ClassDataArchive {
  private ClassDataArchive() {}

  /** The fork's class path, made once per checker JVM (the folders in it do not change while it runs). */
  private static volatile String forkClassPath;

  /** The folder beside the checker's classes (or jar), where the archive and the jars go. */
  private static Path folder() {
    try {
      return Paths.get(ForkedCheck.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
    } catch (URISyntaxException | RuntimeException e) {
      return null;
    }
  }

  /** The forked JVM's class path: the checker's, each folder in it replaced by a jar of its files. */
  static String forkClassPath() {
    String known = forkClassPath;
    if (known == null) {
      List<String> entries = new ArrayList<>();
      for (String entry : IsolatedRun.classPath().split(File.pathSeparator)) {
        entries.add(Files.isDirectory(Paths.get(entry)) ? jarOf(Paths.get(entry)) : entry);
      }
      known = String.join(File.pathSeparator, entries);
      forkClassPath = known;
    }
    return known;
  }

  /** A jar holding the files of {@code classes}, named by their names, sizes and times; the folder itself when none can be made. */
  private static String jarOf(Path classes) {
    Path folder = folder();
    if (folder == null) {
      return classes.toString();
    }
    try (Stream<Path> walk = Files.walk(classes)) {
      List<Path> files = walk.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
      StringBuilder key = new StringBuilder(classes.toAbsolutePath().toString());
      for (Path file : files) {
        key.append('\n').append(classes.relativize(file)).append(' ').append(Files.size(file))
            .append(' ').append(Files.getLastModifiedTime(file).toMillis());
      }
      Path jar = folder.resolve("fork-classpath").resolve(classes.getFileName() + "-" + hash(key.toString()) + ".jar");
      if (Files.isRegularFile(jar)) {
        return jar.toString();
      }
      Files.createDirectories(jar.getParent());
      Path partial = jar.resolveSibling(jar.getFileName() + "." + ProcessHandle.current().pid() + "-" + System.nanoTime() + ".tmp");
      try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(partial))) {
        for (Path file : files) {
          out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace(File.separatorChar, '/')));
          try (InputStream in = Files.newInputStream(file)) {
            in.transferTo(out);
          }
          out.closeEntry();
        }
      }
      try {
        Files.move(partial, jar, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(partial);
      }
      return jar.toString();
    } catch (IOException | RuntimeException e) {
      return classes.toString();
    }
  }

  /** The archive for the fork's class path, or null when the class path allows none. */
  static Path forClassPath() {
    Path folder = folder();
    if (folder == null) {
      return null;
    }
    StringBuilder key = new StringBuilder(System.getProperty("java.version"));
    for (String entry : forkClassPath().split(File.pathSeparator)) {
      Path path = Paths.get(entry);
      if (!Files.isRegularFile(path)) {
        return null;
      }
      try {
        key.append(entry).append(Files.size(path)).append(Files.getLastModifiedTime(path));
      } catch (IOException e) {
        return null;
      }
    }
    return folder.resolve("fork-" + hash(key.toString()) + ".jsa");
  }

  private static String hash(String key) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The options one fork runs with, and the archive it writes, if any. */
  static final class Use {
    final List<String> options;
    private final Path archive;
    private final Path written;

    private Use(List<String> options, Path archive, Path written) {
      this.options = options;
      this.archive = archive;
      this.written = written;
    }

    /**
     * The fork ended well (it reported all its jobs and exited with status 0): its archive, if it
     * wrote one, takes its place, and archives of earlier class paths go.
     */
    void publish() {
      if (written == null) {
        return;
      }
      try {
        if (Files.isRegularFile(written) && Files.size(written) > 0 && !Files.isRegularFile(archive)) {
          Files.move(written, archive, StandardCopyOption.ATOMIC_MOVE);
          try (DirectoryStream<Path> earlier = Files.newDirectoryStream(archive.getParent(), "fork-*.jsa")) {
            for (Path file : earlier) {
              if (!file.equals(archive)) {
                Files.deleteIfExists(file);
              }
            }
          }
        }
      } catch (IOException e) {
        // The next fork writes one again.
      }
      discard();
    }

    /** Deletes the archive this fork wrote, if it was not published (the fork was ended, or crashed). */
    void discard() {
      if (written == null) {
        return;
      }
      try {
        Files.deleteIfExists(written);
      } catch (IOException e) {
        // A stray temporary file in target/ is harmless.
      }
    }
  }

  private static final List<String> QUIET = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");

  /** How a fork uses {@code archive}: shares it, or writes a copy of its own when it is missing. */
  static Use use(Path archive) {
    if (archive == null) {
      return new Use(List.of(), null, null);
    }
    if (Files.isRegularFile(archive)) {
      return new Use(concat("-XX:SharedArchiveFile=" + archive), archive, null);
    }
    try {
      Files.createDirectories(archive.getParent());
    } catch (IOException e) {
      return new Use(List.of(), null, null);
    }
    Path written = archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid() + "-"
        + System.nanoTime() + ".tmp");
    return new Use(concat("-XX:ArchiveClassesAtExit=" + written), archive, written);
  }

  private static List<String> concat(String option) {
    List<String> options = new ArrayList<>();
    options.add(option);
    options.addAll(QUIET);
    return List.copyOf(options);
  }
}
