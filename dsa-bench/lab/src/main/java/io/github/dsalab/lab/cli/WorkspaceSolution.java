package io.github.dsalab.lab.cli;

import java.io.IOException;
import java.io.Reader;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * A learner's current solution of an exercise ({@code exercises/workspace/TOPIC/Class.java}),
 * compiled on its own and loaded, for {@code ./lab trace NAME --yours}.
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
    Path classes = Files.createTempDirectory("dsa-trace-yours");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new NotLoaded("this Java has no compiler; run ./lab with a JDK, not a JRE");
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      boolean compiled = javac.getTask(null, files, diagnostics, List.of("-d", classes.toString(), "-proc:none"), null,
          files.getJavaFileObjects(file.toFile())).call();
      if (!compiled) {
        List<String> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
          if (d.getKind() == Diagnostic.Kind.ERROR) {
            errors.add(root.relativize(file) + ":" + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT));
          }
        }
        throw new NotLoaded("your solution does not compile:\n  " + String.join("\n  ", errors));
      }
    }
    URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, WorkspaceSolution.class.getClassLoader());
    try {
      return loader.loadClass("io.github.dsalab.exercises." + parts[0] + "." + parts[1]);
    } catch (ClassNotFoundException e) {
      throw new NotLoaded(root.relativize(file) + " does not declare io.github.dsalab.exercises." + name.trim());
    }
  }
}
