package io.github.dsalab.exercises.checker;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.JavacTask;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles an exercise (the learner's file and its spec) in-process with the JDK's compiler,
 * against the checker's own class path, into a fresh folder.
 */
final class ExerciseCompiler {
  /** Classes whose jars (or folders) the exercises compile against. */
  private static final String[] ANCHORS = {
    "org.junit.jupiter.api.Test",
    "org.junit.jupiter.params.ParameterizedTest",
    "net.jqwik.api.Property",
    "org.opentest4j.AssertionFailedError",
    "org.apiguardian.api.API",
    "io.github.dsalab.counting.CountingComparator",
    "io.github.dsalab.exercises.support.CountingList",
    "io.github.dsalab.complexity.ComplexityClass",
  };

  private ExerciseCompiler() {}

  /**
   * One file manager per thread, kept between compilations: it caches the platform's and the
   * class path's class listings, which a new one reads again (a fifth of each compilation's time
   * when CI compiles every mutant). Not shared between threads: it is not thread-safe.
   */
  private static final ThreadLocal<StandardJavaFileManager> FILES = ThreadLocal.withInitial(
      () -> ToolProvider.getSystemJavaCompiler().getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8));

  /** The outcome of one compilation: whether it worked and the compiler's messages. */
  public static final class Result {
    final boolean success;
    final List<Diagnostic<? extends JavaFileObject>> diagnostics;
    /** What the shortcut inspector rejected, one sentence each, in line order (empty when it did not run). */
    final List<String> shortcuts;

    Result(boolean success, List<Diagnostic<? extends JavaFileObject>> diagnostics, List<String> shortcuts) {
      this.success = success;
      this.diagnostics = diagnostics;
      this.shortcuts = List.copyOf(shortcuts);
    }

    /** The errors as "file:line: message" lines, with the offending source line under each. */
    String errorText() {
      StringBuilder text = new StringBuilder();
      for (Diagnostic<? extends JavaFileObject> d : diagnostics) {
        if (d.getKind() != Diagnostic.Kind.ERROR) {
          continue;
        }
        String file = d.getSource() == null ? "?" : Paths.get(d.getSource().toUri()).getFileName().toString();
        text.append(file).append(':').append(d.getLineNumber()).append(": ")
            .append(d.getMessage(Locale.ROOT)).append('\n');
      }
      return text.toString();
    }

    /** Whether any error is in a file other than {@code learnerFile} (e.g. the spec). */
    boolean errorsOutside(Path learnerFile) {
      for (Diagnostic<? extends JavaFileObject> d : diagnostics) {
        if (d.getKind() == Diagnostic.Kind.ERROR && d.getSource() != null
            && !Paths.get(d.getSource().toUri()).equals(learnerFile.toAbsolutePath().normalize())) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * Compiles {@code sources} into {@code outputFolder}; when {@code inspector} is given, it reads
   * the learner's file after type checking, and the class files are only written when it finds
   * no shortcut.
   */
  static Result compile(List<Path> sources, Path outputFolder, Optional<ShortcutInspector> inspector) {
    return compile(sources, outputFolder, inspector.map(List::of).orElse(List.of()));
  }

  /** Compiles {@code sources} once, and each inspector reads its own file. */
  static Result compile(List<Path> sources, Path outputFolder, List<ShortcutInspector> inspectors) {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    if (compiler == null) {
      throw new IllegalStateException("no Java compiler: run the checker with a JDK (17 or newer), not a JRE");
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StandardJavaFileManager files = FILES.get();
    try {
      Files.createDirectories(outputFolder);
      List<File> inputs = new ArrayList<>();
      for (Path source : sources) {
        inputs.add(source.toAbsolutePath().normalize().toFile());
      }
      List<String> options = List.of("--release", "17", "-proc:none", "-g", "-parameters", "-nowarn",
          "-encoding", "UTF-8", "-implicit:none", "-classpath", classPath(), "-d", outputFolder.toString());
      StringWriter ignoredOutput = new StringWriter();
      JavacTask task = (JavacTask) compiler.getTask(ignoredOutput, files, diagnostics, options, null,
          files.getJavaFileObjectsFromFiles(inputs));
      Iterable<? extends CompilationUnitTree> units = task.parse();
      task.analyze();
      if (hasErrors(diagnostics)) {
        return new Result(false, diagnostics.getDiagnostics(), List.of());
      }
      List<String> shortcuts = new ArrayList<>();
      for (ShortcutInspector inspector : inspectors) {
        shortcuts.addAll(inspector.inspect(task, units));
      }
      if (!shortcuts.isEmpty()) {
        return new Result(true, diagnostics.getDiagnostics(), shortcuts);
      }
      task.generate();
      return new Result(!hasErrors(diagnostics), diagnostics.getDiagnostics(), List.of());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean hasErrors(DiagnosticCollector<JavaFileObject> diagnostics) {
    return diagnostics.getDiagnostics().stream().anyMatch(d -> d.getKind() == Diagnostic.Kind.ERROR);
  }

  /**
   * The class path to compile against: this JVM's class path plus the location of each anchor
   * class (under surefire the class path may be a single manifest-only jar).
   */
  static String classPath() {
    Set<String> entries = new LinkedHashSet<>();
    for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
      if (!entry.isEmpty()) {
        entries.add(entry);
      }
    }
    for (String anchor : ANCHORS) {
      try {
        CodeSource source = Class.forName(anchor, false, ExerciseCompiler.class.getClassLoader())
            .getProtectionDomain().getCodeSource();
        if (source != null && source.getLocation() != null) {
          entries.add(Paths.get(source.getLocation().toURI()).toString());
        }
      } catch (ClassNotFoundException | URISyntaxException e) {
        // An optional anchor (e.g. JUnit params) is simply not offered to the exercises.
      }
    }
    return String.join(File.pathSeparator, entries);
  }
}
