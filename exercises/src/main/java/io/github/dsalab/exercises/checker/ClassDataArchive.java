package io.github.dsalab.exercises.checker;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The forked JVM's class-data archive (AppCDS): the checker's, JUnit's and jqwik's classes,
 * parsed once and mapped into every later fork, which then starts in about half the time.
 *
 * <p>The first fork of a given class path writes the archive as it exits
 * ({@code -XX:ArchiveClassesAtExit}); the next ones share it ({@code -XX:SharedArchiveFile}). The
 * file name carries a hash of the class path and of its jars' sizes and times, so a rebuilt
 * checker gets a new archive. The JVM only archives classes from jars, so a class path with a
 * folder (the checker run from Maven's {@code target/classes}) gets no archive.
 */
final class ClassDataArchive {
  private ClassDataArchive() {}

  /** The archive for this JVM's class path under {@code folder}, if the class path allows one. */
  static Path forClassPath(Path folder) {
    StringBuilder key = new StringBuilder(System.getProperty("java.version"));
    for (String entry : IsolatedRun.classPath().split(File.pathSeparator)) {
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
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.toString().getBytes(StandardCharsets.UTF_8));
      return folder.resolve("fork-" + HexFormat.of().formatHex(hash, 0, 8) + ".jsa");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The options that use {@code archive}, or write it when it does not exist yet. */
  static List<String> options(Path archive) {
    if (archive == null) {
      return List.of();
    }
    if (Files.isRegularFile(archive)) {
      return List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    }
    try {
      Files.createDirectories(archive.getParent());
      // Archives of earlier builds of the checker are of no more use.
      try (DirectoryStream<Path> earlier = Files.newDirectoryStream(archive.getParent(), "fork-*.jsa")) {
        for (Path file : earlier) {
          Files.deleteIfExists(file);
        }
      }
    } catch (IOException e) {
      return List.of();
    }
    return List.of("-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
  }
}
