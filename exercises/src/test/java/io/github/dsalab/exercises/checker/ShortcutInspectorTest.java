package io.github.dsalab.exercises.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.github.dsalab.exercises.track.Exercise;
import io.github.dsalab.exercises.track.Track;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shortcut inspector rejects plausible learner shortcuts, each with its line and what to do
 * instead, and passes every reference solution (which uses the JDK freely where the statement
 * allows it, and the dsa-lab types the stub hands over).
 */
class ShortcutInspectorTest {
  private static final Track TRACK = Track.load(Paths.get("..").toAbsolutePath().normalize());
  private static final Path MUTANTS = Paths.get("mutants").toAbsolutePath();

  @TempDir
  Path output;

  private static List<String> inspect(Exercise exercise, Path file, Path output) {
    ShortcutInspector inspector = new ShortcutInspector(exercise, file, TRACK.forbidden(exercise),
        ShortcutInspector.typesUsedBy(TRACK.stubFile(exercise)));
    ExerciseCompiler.Result result = ExerciseCompiler.compile(List.of(file, TRACK.specFile(exercise)), output,
        Optional.of(inspector));
    assertTrue(result.success, () -> file + " must compile:\n" + result.errorText());
    return result.shortcuts;
  }

  /** Writes a learner's file for {@code exercise} whose class body is {@code body}. */
  private Path learner(String exercise, String imports, String body) throws IOException {
    Exercise e = TRACK.find(exercise).orElseThrow();
    Path file = output.resolve("src").resolve(e.relativeFile());
    Files.createDirectories(file.getParent());
    Files.writeString(file, "package " + Exercise.BASE_PACKAGE + "." + e.topic() + ";\n\n" + imports
        + "\npublic final class " + e.simpleClassName() + " {\n" + body + "}\n", StandardCharsets.UTF_8);
    return file;
  }

  private List<String> shortcuts(String exercise, String imports, String body) throws IOException {
    Exercise e = TRACK.find(exercise).orElseThrow();
    return inspect(e, learner(exercise, imports, body), output.resolve("classes"));
  }

  /** One compiler run for all the solutions (one run each would take a minute), each file inspected on its own. */
  @Test
  void everyReferenceSolutionUsesNothingForbidden() {
    List<Path> sources = new ArrayList<>();
    List<ShortcutInspector> inspectors = new ArrayList<>();
    for (Exercise exercise : TRACK.exercises()) {
      sources.add(TRACK.solutionFile(exercise));
      sources.add(TRACK.specFile(exercise));
      inspectors.add(new ShortcutInspector(exercise, TRACK.solutionFile(exercise), TRACK.forbidden(exercise),
          ShortcutInspector.typesUsedBy(TRACK.stubFile(exercise))));
    }
    ExerciseCompiler.Result result = ExerciseCompiler.compile(sources, output, inspectors);
    assertTrue(result.success, result::errorText);
    assertEquals(List.of(), result.shortcuts);
  }

  @TestFactory
  List<DynamicTest> everyShortcutFaultCaseIsRejected() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    List<Path> cases;
    try (Stream<Path> files = Files.walk(MUTANTS)) {
      cases = files.filter(f -> f.toString().endsWith(".java") && f.getParent().getFileName().toString().startsWith("iso-"))
          .sorted().collect(Collectors.toList());
    }
    for (Path file : cases) {
      Exercise exercise = TRACK.find(MUTANTS.relativize(file).getName(0).toString()).orElseThrow();
      boolean shortcut = FaultIsolationTest.declared(file) == Outcome.Status.SHORTCUT;
      tests.add(dynamicTest(MUTANTS.relativize(file).toString(), () -> {
        List<String> found = inspect(exercise, file, output.resolve(file.getParent().getFileName().toString()));
        assertEquals(shortcut, !found.isEmpty(), found::toString);
      }));
    }
    return tests;
  }

  @Test
  void arraysSortInMergeSortIsRejectedWithItsLine() throws IOException {
    Exercise exercise = TRACK.find("merge-sort").orElseThrow();
    List<String> found = inspect(exercise, MUTANTS.resolve("merge-sort/iso-arrays-sort/MergeSort.java"), output);
    assertEquals(List.of("merge-sort: line 13 calls java.util.Arrays.sort, which this exercise asks you to write yourself."),
        found);
  }

  @Test
  void sortingThroughAnyListOrStreamIsRejected() throws IOException {
    assertEquals(List.of("merge-sort: line 9 calls java.util.Collections.sort, which this exercise asks you to write yourself."),
        shortcuts("merge-sort", "import java.util.Arrays;\nimport java.util.Collections;\nimport java.util.Comparator;\n",
            "  public static <T> void sort(T[] values, Comparator<? super T> order) {\n"
                + "    Collections.sort(Arrays.asList(values), order);\n  }\n"));
    assertEquals(List.of("merge-sort: line 10 calls java.util.ArrayList.sort, which this exercise asks you to write yourself."),
        shortcuts("merge-sort", "import java.util.ArrayList;\nimport java.util.Arrays;\nimport java.util.Comparator;\n",
            "  public static <T> void sort(T[] values, Comparator<? super T> order) {\n"
                + "    ArrayList<T> copy = new ArrayList<>(Arrays.asList(values));\n    copy.sort(order);\n"
                + "    copy.toArray(values);\n  }\n"));
    List<String> stream = shortcuts("merge-sort", "import java.util.Arrays;\nimport java.util.Comparator;\n",
        "  @SuppressWarnings(\"unchecked\")\n  public static <T> void sort(T[] values, Comparator<? super T> order) {\n"
            + "    Object[] sorted = Arrays.stream(values).sorted(order).toArray();\n"
            + "    System.arraycopy(sorted, 0, values, 0, values.length);\n  }\n");
    assertEquals(List.of("merge-sort: line 9 calls java.util.stream.Stream.sorted, which this exercise asks you to write yourself."),
        stream);
  }

  @Test
  void aSubclassOfAForbiddenTypeIsRejectedToo() throws IOException {
    List<String> found = shortcuts("heap-sort", "import java.util.Comparator;\nimport java.util.PriorityQueue;\n",
        "  static final class Queue<T> extends PriorityQueue<T> {\n"
            + "    private static final long serialVersionUID = 1L;\n\n"
            + "    Queue(Comparator<? super T> order) {\n      super(order);\n    }\n  }\n\n"
            + "  public static <T> void sort(T[] values, Comparator<? super T> order) {\n"
            + "    Queue<T> heap = new Queue<>(order);\n"
            + "    for (T value : values) {\n      heap.add(value);\n    }\n"
            + "    for (int i = 0; i < values.length; i++) {\n      values[i] = heap.poll();\n    }\n  }\n");
    assertTrue(found.get(0).startsWith("heap-sort: line 7 uses java.util.PriorityQueue, which this exercise asks you"), found::toString);
    assertTrue(found.stream().anyMatch(s -> s.startsWith("heap-sort: line 18 calls java.util.PriorityQueue.add,")), found::toString);
  }

  @Test
  void dsaCoresAlgorithmsAreRejectedButTheGraphTheExerciseHandsOverIsNot() throws IOException {
    List<String> found = shortcuts("dijkstra", "import io.github.dsalab.graph.DijkstraShortestPaths;\n"
        + "import io.github.dsalab.graph.WeightedGraph;\n",
        "  public static double[] distances(WeightedGraph graph, int source) {\n"
            + "    DijkstraShortestPaths paths = new DijkstraShortestPaths(graph, source);\n"
            + "    double[] distance = new double[graph.vertexCount()];\n"
            + "    for (int v = 0; v < distance.length; v++) {\n      distance[v] = paths.distanceTo(v);\n    }\n"
            + "    return distance;\n  }\n");
    assertEquals(2, found.size(), found::toString);
    assertTrue(found.get(0).startsWith("dijkstra: line 8 uses io.github.dsalab.graph.DijkstraShortestPaths, from dsa-lab's"
        + " own library: this exercise asks you to write it yourself"), found::toString);
    assertTrue(found.get(0).contains("you may use only those the stub uses: WeightedGraph"), found::toString);
    assertTrue(found.get(1).startsWith("dijkstra: line 11 calls io.github.dsalab.graph.DijkstraShortestPaths.distanceTo"),
        found::toString);
  }

  @Test
  void theExerciseSupportsHelpersAreNotForLearners() throws IOException {
    List<String> found = shortcuts("validate-search-tree", "import io.github.dsalab.exercises.support.BinaryNode;\n"
        + "import io.github.dsalab.exercises.support.Trees;\nimport java.util.Comparator;\n",
        "  public static <K> boolean isSearchTree(BinaryNode<K> root, Comparator<? super K> order) {\n"
            + "    return Trees.isSearchTree(root, order);\n  }\n");
    assertTrue(found.size() == 1 && found.get(0).startsWith(
        "validate-search-tree: line 9 calls io.github.dsalab.exercises.support.Trees.isSearchTree, from dsa-lab's own library"),
        found::toString);
  }

  @Test
  void reflectionAndMethodHandlesAreRejected() throws IOException {
    List<String> reflection = inspect(TRACK.find("binary-search").orElseThrow(),
        MUTANTS.resolve("binary-search/iso-reflection/BinarySearch.java"), output);
    assertTrue(reflection.get(0).startsWith("binary-search: line 14 calls java.lang.reflect.Method.invoke: reflection and"
        + " method handles are not allowed in an exercise"), reflection::toString);
    List<String> forName = shortcuts("binary-search", "import java.util.Comparator;\nimport java.util.OptionalInt;\n",
        "  public static <T> OptionalInt indexOf(T[] sorted, T key, Comparator<? super T> order) {\n"
            + "    try {\n      Class.forName(\"java.util.Arrays\");\n    } catch (ClassNotFoundException e) {\n"
            + "      throw new IllegalStateException(e);\n    }\n    return OptionalInt.empty();\n  }\n");
    assertTrue(forName.get(0).startsWith("binary-search: line 9 calls java.lang.Class.forName: reflection"), forName::toString);
    List<String> handles = inspect(TRACK.find("binary-search").orElseThrow(),
        MUTANTS.resolve("binary-search/iso-method-handle/BinarySearch.java"), output);
    assertTrue(handles.get(0).matches("binary-search: line 17 uses java.lang.invoke.MethodHandle: reflection and method"
        + " handles are not allowed in an exercise.*"), handles::toString);
  }

  @Test
  void helperClassesGenericArraysAndUnusedImportsAreFine() throws IOException {
    assertEquals(List.of(), shortcuts("merge-sort",
        "import java.lang.reflect.Array;\nimport java.util.Arrays;\nimport java.util.Comparator;\n",
        "  public static <T> void sort(T[] values, Comparator<? super T> order) {\n"
            + "    @SuppressWarnings(\"unchecked\")\n"
            + "    T[] buffer = (T[]) Array.newInstance(values.getClass().getComponentType(), values.length);\n"
            + "    new Merger<T>(order).sort(values, buffer, 0, values.length);\n  }\n\n"
            + "  private static final class Merger<T> {\n    private final Comparator<? super T> order;\n\n"
            + "    Merger(Comparator<? super T> order) {\n      this.order = order;\n    }\n\n"
            + "    void sort(T[] values, T[] buffer, int from, int to) {\n"
            + "      if (to - from < 2) {\n        return;\n      }\n"
            + "      int middle = (from + to) >>> 1;\n      sort(values, buffer, from, middle);\n"
            + "      sort(values, buffer, middle, to);\n"
            + "      int i = from;\n      int j = middle;\n"
            + "      for (int k = from; k < to; k++) {\n"
            + "        buffer[k] = j >= to || i < middle && order.compare(values[i], values[j]) <= 0 ? values[i++] : values[j++];\n"
            + "      }\n      System.arraycopy(buffer, from, values, from, to - from);\n    }\n  }\n"));
  }
}
