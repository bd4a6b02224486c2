package io.github.dsalab.trace.exercise;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dsalab.trace.Replay;
import io.github.dsalab.trace.TracePage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The exercise track's reference solutions compiled as written and with one planted bug, for the
 * replay tests; each variant is compiled once per test run. Pages go to {@code target/replays/}.
 */
final class SolutionVariants {
  static final Path SOLUTIONS = Path.of("../../exercises/solutions");
  private static final Path PAGES = Path.of("target", "replays");
  private static final Path SUPPORT = Path.of("../../exercises/src/main/java/io/github/dsalab/exercises/support");
  /** dsa-core's classes, which the graph exercises import. */
  private static final Path CORE = Path.of("../../dsa-core/target/classes");
  private static final JavaCompiler JAVAC = ToolProvider.getSystemJavaCompiler();
  /** One file manager for every compilation: it keeps the platform's classes read, so each compile is cheap. */
  private static final StandardJavaFileManager FILES = JAVAC.getStandardFileManager(null, null, null);
  /** Compiled classes by source text. */
  private static final Map<String, Class<?>> COMPILED = new HashMap<>();

  private SolutionVariants() {}

  /** Compiles the reference solution, and a copy with {@code from} replaced by {@code to}; returns both classes. */
  static Class<?>[] referenceAndBugged(Path work, String topic, String className, String from, String to)
      throws Exception {
    String source = Files.readString(SOLUTIONS.resolve(topic).resolve(className + ".java"));
    assertTrue(source.contains(from), "the reference solution of " + className + " still contains: " + from);
    return new Class<?>[] {compile(work, source, topic, className, "reference"),
        compile(work, source.replace(from, to), topic, className, "bugged")};
  }

  private static synchronized Class<?> compile(Path work, String source, String topic, String className,
      String variant) throws Exception {
    Class<?> known = COMPILED.get(source);
    if (known != null) {
      return known;
    }
    Path sources = Files.createTempDirectory(work, "src");
    Path classes = Files.createTempDirectory(work, "classes");
    Path file = sources.resolve(className + ".java");
    Files.writeString(file, source);
    // The tree exercises link the track's BinaryNode (printed by TreeText): compile them alongside.
    // Only dsa-core on the class path: javac would otherwise open every jar of the test class path.
    boolean compiled = JAVAC.getTask(null, FILES, null, List.of("-d", classes.toString(), "-cp", CORE.toString(),
        "-proc:none"), null, FILES.getJavaFileObjects(file, SUPPORT.resolve("BinaryNode.java"),
        SUPPORT.resolve("TreeText.java"))).call();
    assertTrue(compiled, "compiling " + variant + " " + className);
    URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        SolutionVariants.class.getClassLoader());
    Class<?> loaded = loader.loadClass("io.github.dsalab.exercises." + topic + "." + className);
    COMPILED.put(source, loaded);
    return loaded;
  }

  /** Replays the bugged class (yours) beside the reference and writes the page. */
  static Replay replay(String exercise, Class<?>[] classes, String sample, String page) {
    Replay replay = ExerciseReplay.replay(exercise, classes[1], classes[0], sample).orElseThrow();
    try {
      TracePage.write(replay, PAGES.resolve(page + ".html"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return replay;
  }
}
