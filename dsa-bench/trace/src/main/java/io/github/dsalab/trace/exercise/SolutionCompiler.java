package io.github.dsalab.trace.exercise;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles one exercise solution file on its own (the traceable exercises need nothing but the
 * JDK) and loads its class in a class loader of its own, so a learner's class and the reference
 * class of the same name can sit side by side.
 *
 * <pre>{@code
 * Class<?> yours = SolutionCompiler.load(Path.of("exercises/workspace/sort/MergeSort.java"),
 *     "io.github.dsalab.exercises.sort.MergeSort");
 * }</pre>
 */
public final class SolutionCompiler {
  private SolutionCompiler() {}

  private static java.io.File[] sources(Path source, Path... helpers) {
    java.io.File[] files = new java.io.File[helpers.length + 1];
    files[0] = source.toFile();
    for (int i = 0; i < helpers.length; i++) {
      files[i + 1] = helpers[i].toFile();
    }
    return files;
  }

  /** A solution that could not be compiled or loaded; the message is for the learner. */
  public static final class NotLoaded extends Exception {
    private static final long serialVersionUID = 1L;

    NotLoaded(String message) {
      super(message);
    }
  }

  /**
   * Compiles {@code source} into a fresh temporary folder and loads {@code className} from it.
   *
   * @param source the Java file
   * @param className the fully qualified name of the class it declares
   * @param helpers other source files it needs (the exercises' {@code BinaryNode}), compiled with it
   * @return the loaded class
   * @throws NotLoaded if the file does not compile (with file:line messages) or lacks the class
   * @throws IOException if the temporary folder cannot be made
   */
  public static Class<?> load(Path source, String className, Path... helpers) throws NotLoaded, IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new NotLoaded("this Java has no compiler; run with a JDK, not a JRE");
    }
    Path classes = Files.createTempDirectory("dsa-trace-solution");
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      boolean compiled = javac.getTask(null, files, diagnostics, List.of("-d", classes.toString(), "-proc:none"), null,
          files.getJavaFileObjects(sources(source, helpers))).call();
      if (!compiled) {
        List<String> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
          if (d.getKind() == Diagnostic.Kind.ERROR) {
            errors.add(source.getFileName() + ":" + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT));
          }
        }
        throw new NotLoaded("your solution does not compile:\n  " + String.join("\n  ", errors));
      }
    }
    URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        SolutionCompiler.class.getClassLoader());
    try {
      return loader.loadClass(className);
    } catch (ClassNotFoundException e) {
      throw new NotLoaded(source.getFileName() + " does not declare " + className);
    }
  }
}
