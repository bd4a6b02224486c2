package io.github.dsalab.complexity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dsalab.counting.CountingComparator;
import java.io.File;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.io.PrintWriter;
import java.util.spi.ToolProvider;
import org.apache.commons.math3.special.Gamma;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The learner's dependency story: a project that depends on dsa-fitter alone gets dsa-core and
 * Commons Math with it and nothing of the lab. A small consumer, written as a learner's JUnit
 * helper would be, compiles against exactly those three (on the class path, and as a named module
 * on the module path), and none of the lab's libraries is anywhere on this module's resolved class
 * path.
 */
class FitterDependenciesTest {
  private static final String CONSUMER = String.join("\n",
      "package learner;",
      "",
      "import io.github.dsalab.complexity.ComplexityClass;",
      "import io.github.dsalab.complexity.GrowthClass;",
      "import io.github.dsalab.complexity.GrowthMeasurement;",
      "import io.github.dsalab.complexity.Verdict;",
      "import io.github.dsalab.counting.CountingComparator;",
      "import java.util.Arrays;",
      "import java.util.Comparator;",
      "",
      "public final class MySortGrowth {",
      "  public static Verdict measure() {",
      "    Verdict verdict = GrowthMeasurement",
      "        .of((n, random) -> random.ints(n).boxed().toArray(Integer[]::new))",
      "        .doublingSizes(16, 10)",
      "        .countComparisons(Comparator.<Integer>naturalOrder(), (array, comparator) -> Arrays.sort(array, comparator));",
      "    verdict.assertGrowsNoFasterThan(ComplexityClass.N_LOG_N);",
      "    GrowthClass best = verdict.best();",
      "    CountingComparator<Integer> counter = CountingComparator.naturalOrder();",
      "    return best == ComplexityClass.N_LOG_N && counter.count() == 0 ? verdict : null;",
      "  }",
      "}",
      "");

  /** The three things dsa-fitter brings: its own classes, dsa-core, commons-math3. */
  private static List<String> fitterAndItsDependencies() throws URISyntaxException {
    List<String> paths = new ArrayList<>();
    for (Class<?> type : List.of(GrowthMeasurement.class, CountingComparator.class, Gamma.class)) {
      paths.add(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
    }
    return paths;
  }

  private static String compile(Path folder, boolean asModule) throws Exception {
    Path source = folder.resolve("src/learner/MySortGrowth.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, CONSUMER, StandardCharsets.UTF_8);
    List<String> arguments = new ArrayList<>(List.of(
        "-d", folder.resolve("out").toString(), "--release", "17", "-Xlint:all", "-Werror",
        asModule ? "--module-path" : "-classpath", String.join(File.pathSeparator, fitterAndItsDependencies())));
    if (asModule) {
      Path moduleInfo = folder.resolve("src/module-info.java");
      Files.writeString(moduleInfo, "module learner { requires io.github.dsalab.complexity; }\n");
      arguments.add(moduleInfo.toString());
    }
    arguments.add(source.toString());
    // java.util.spi.ToolProvider (java.base) rather than javax.tools: this test runs inside the
    // fitter's module, which does not read java.compiler.
    ToolProvider javac = ToolProvider.findFirst("javac").orElseThrow();
    StringWriter messages = new StringWriter();
    PrintWriter writer = new PrintWriter(messages);
    int status = javac.run(writer, writer, arguments.toArray(new String[0]));
    writer.flush();
    assertEquals(0, status, "the consumer does not compile against dsa-fitter alone:\n" + messages);
    return messages.toString();
  }

  @Test
  void aConsumerCompilesOnTheClassPathOfTheFitterDsaCoreAndCommonsMathOnly(@TempDir Path folder)
      throws Exception {
    compile(folder, false);
    assertTrue(Files.isRegularFile(folder.resolve("out/learner/MySortGrowth.class")));
  }

  @Test
  void aModularConsumerNeedsOnlyToRequireTheFitterModule(@TempDir Path folder) throws Exception {
    compile(folder, true);
    assertTrue(Files.isRegularFile(folder.resolve("out/module-info.class")));
  }

  @Test
  void noneOfTheLabsLibrariesIsOnTheFittersResolvedClassPath() {
    // Maven resolved this module's dependencies (compile, runtime and test scope) into these paths.
    List<String> resolved = Stream.of("java.class.path", "jdk.module.path", "surefire.test.class.path")
        .map(System::getProperty)
        .filter(value -> value != null && !value.isEmpty())
        .flatMap(value -> Stream.of(value.split(File.pathSeparator)))
        .distinct()
        .collect(Collectors.toList());
    assertTrue(resolved.stream().anyMatch(path -> path.contains("commons-math3")), "resolved: " + resolved);
    for (String library : List.of("jmh", "picocli", "xchart", "jgrapht")) {
      List<String> found = resolved.stream()
          .filter(path -> Path.of(path).getFileName().toString().toLowerCase(Locale.ROOT).contains(library))
          .collect(Collectors.toList());
      assertEquals(List.of(), found, library + " must not come with dsa-fitter");
    }
  }
}
