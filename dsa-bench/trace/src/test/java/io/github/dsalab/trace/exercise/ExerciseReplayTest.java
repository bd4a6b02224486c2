package io.github.dsalab.trace.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dsalab.trace.Replay;
import io.github.dsalab.trace.Step;
import io.github.dsalab.trace.Trace;
import io.github.dsalab.trace.TracePage;
import io.github.dsalab.trace.heap.HeapState;
import io.github.dsalab.trace.search.SearchState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exercise track's own reference solutions, each compiled twice: as written, and with one
 * planted bug of the kind learners make. Replayed on a failing input, the first difference is the
 * step where the bug acts. The pages are kept in {@code target/replays/} to look at.
 */
class ExerciseReplayTest {
  private static final Path SOLUTIONS = Path.of("../../exercises/solutions");
  private static final Path PAGES = Path.of("target", "replays");
  private static final Path SUPPORT = Path.of("../../exercises/src/main/java/io/github/dsalab/exercises/support");
  /** Compiled classes by source text: each variant is compiled once for all tests. */
  private static final Map<String, Class<?>> COMPILED = new HashMap<>();
  @TempDir static Path work;

  /** Compiles the reference solution, and a copy with {@code from} replaced by {@code to}; returns both classes. */
  private Class<?>[] referenceAndBugged(String topic, String className, String from, String to) throws Exception {
    String source = Files.readString(SOLUTIONS.resolve(topic).resolve(className + ".java"));
    assertTrue(source.contains(from), "the reference solution of " + className + " still contains: " + from);
    return new Class<?>[] {
        compile(source, topic, className, "reference"), compile(source.replace(from, to), topic, className, "bugged")};
  }

  private Class<?> compile(String source, String topic, String className, String variant) throws Exception {
    Class<?> known = COMPILED.get(source);
    if (known != null) {
      return known;
    }
    Path sources = work.resolve(COMPILED.size() + "-src");
    Path classes = work.resolve(COMPILED.size() + "-classes");
    Files.createDirectories(sources);
    Files.createDirectories(classes);
    Path file = sources.resolve(className + ".java");
    Files.writeString(file, source);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    // The tree exercises link the track's BinaryNode (printed by TreeText): compile them alongside.
    int status = javac.run(null, null, null, "-d", classes.toString(), file.toString(),
        SUPPORT.resolve("BinaryNode.java").toString(), SUPPORT.resolve("TreeText.java").toString());
    assertEquals(0, status, "compiling " + variant + " " + className);
    URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader());
    Class<?> loaded = loader.loadClass("io.github.dsalab.exercises." + topic + "." + className);
    COMPILED.put(source, loaded);
    return loaded;
  }

  private static Replay replay(String exercise, Class<?>[] classes, String sample) {
    return replay(exercise, classes, sample, exercise);
  }

  private static Replay replay(String exercise, Class<?>[] classes, String sample, String page) {
    Replay replay = ExerciseReplay.replay(exercise, classes[1], classes[0], sample).orElseThrow();
    try {
      TracePage.write(replay, PAGES.resolve(page + ".html"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return replay;
  }

  /** The first step whose comparison pits two equal values against each other. */
  private static int firstTie(Trace trace) {
    for (int k = 1; k < trace.steps().size(); k++) {
      String[] operands = trace.steps().get(k).event().replace("compare ", "").split(" with ");
      if (operands.length == 2 && value(operands[0]) == value(operands[1])) {
        return k;
      }
    }
    throw new AssertionError("no tie compared in " + trace.steps());
  }

  private static int value(String operand) {
    String label = operand.contains("=") ? operand.substring(operand.indexOf('=') + 1) : operand.split(" ")[0];
    return Integer.parseInt(label.replaceAll("[₀-₉]", ""));
  }

  @Test
  void aMergeThatTakesFromTheRightOnTiesIsCaughtAtTheFirstTie() throws Exception {
    Class<?>[] classes = referenceAndBugged("sort", "MergeSort",
        "order.compare(buffer[left], buffer[right]) <= 0", "order.compare(buffer[left], buffer[right]) < 0");
    Replay replay = replay("merge-sort", classes, "keys: [1, 0, 1, 0]");
    assertEquals(firstTie(replay.reference()), replay.firstDifference(), replay.difference());
    assertTrue(replay.difference().contains("then yours: "), replay.difference());
  }

  @Test
  void anInsertionSortThatShiftsPastEqualKeysIsCaughtAtTheFirstTie() throws Exception {
    Class<?>[] classes = referenceAndBugged("sort", "InsertionSort",
        "order.compare(values[j - 1], value) > 0", "order.compare(values[j - 1], value) >= 0");
    Replay replay = replay("insertion-sort", classes, "values: [2, 0, 2, 1]");
    assertEquals(firstTie(replay.reference()), replay.firstDifference(), replay.difference());
  }

  @Test
  void aBinarySearchThatDropsTheMiddleTwiceIsCaughtAtTheProbeAfterItsFirstMoveLeft() throws Exception {
    Class<?>[] classes = referenceAndBugged("search", "BinarySearch", "high = middle;", "high = middle - 1;");
    Replay replay = replay("binary-search", classes, "values: [1, 3, 5, 7, 9, 11, 13, 15]\nkey: 5");
    List<Step> steps = replay.reference().steps();
    int firstLeft = -1;
    for (int k = 0; k < steps.size() && firstLeft < 0; k++) {
      SearchState state = (SearchState) steps.get(k).state();
      if (state.probe() >= 0 && state.marks().get(state.probe()).equals(">")) {
        firstLeft = k;
      }
    }
    // The bug acts when the probe is larger than the key; the next probe is where it shows.
    assertEquals(firstLeft + 1, replay.firstDifference(), replay.difference());
  }

  @Test
  void aHeapifyThatFollowsTheLargerChildIsCaughtRightAfterComparingTheChildren() throws Exception {
    Class<?>[] classes = referenceAndBugged("heap", "Heapify",
        "order.compare(values[child + 1], values[child]) < 0", "order.compare(values[child + 1], values[child]) > 0");
    Replay replay = replay("heapify", classes, "input: [9, 4, 7, 1, 8, 2, 6]");
    List<Step> steps = replay.reference().steps();
    int firstChildren = -1;
    for (int k = 1; k < steps.size() && firstChildren < 0; k++) {
      List<Integer> compared = ((HeapState) steps.get(k).state()).compared();
      if (compared.size() == 2 && compared.get(0) >= 0 && compared.get(1) >= 0
          && Math.abs(compared.get(0) - compared.get(1)) == 1 && Math.min(compared.get(0), compared.get(1)) % 2 == 1) {
        firstChildren = k;
      }
    }
    // The bug acts in the choice between two unequal children; the next comparison shows it.
    assertEquals(firstChildren + 1, replay.firstDifference(), replay.difference());
  }

  @Test
  void aTreeInsertThatGoesRightForSmallerKeysIsCaughtRightAfterItsFirstWrongTurn() throws Exception {
    Class<?>[] classes = referenceAndBugged("tree", "SearchTreeBasics", "      if (c < 0) {\n        if (node.left",
        "      if (c > 0) {\n        if (node.left");
    Replay replay = replay("search-tree-basics", classes, "keys: [5, 3, 8]\nprobe: 3");
    List<Step> steps = replay.reference().steps();
    int firstLeft = -1;
    for (int k = 0; k < steps.size() && firstLeft < 0; k++) {
      if (steps.get(k).effect().endsWith("go left")) {
        firstLeft = k;
      }
    }
    // The bug acts at the first comparison that should go left; the step after it shows where it went.
    assertEquals(firstLeft + 1, replay.firstDifference(), replay.difference());
  }

  @Test
  void aCorrectSolutionAgreesWithTheReferenceAtEveryStep() throws Exception {
    Class<?>[] classes = referenceAndBugged("sort", "MergeSort", "int middle", "int middle");
    Replay replay = replay("merge-sort", classes, "values: [5, 2, 9, 1, 5, 6]", "merge-sort-correct");
    assertEquals(-1, replay.firstDifference(), replay.difference());
  }

  @Test
  void aSolutionTracesAloneAndUnknownExercisesAreNamed() throws Exception {
    Class<?>[] classes = referenceAndBugged("sort", "MergeSort", "int middle", "int middle");
    Trace trace = ExerciseReplay.trace("merge-sort", classes[0], new int[] {3, 1, 2});
    assertTrue(trace.result().startsWith("sorted"), trace.result());
    assertTrue(ExerciseReplay.replay("tree-height", classes[0], classes[0], "[1]").isEmpty());
  }

  @Test
  void theReplayRunsAsAProcessOfItsOwnForTheChecker() throws Exception {
    Path reference = SOLUTIONS.resolve("sort/MergeSort.java");
    Path yours = work.resolve("yours/MergeSort.java");
    Files.createDirectories(yours.getParent());
    Files.writeString(yours, Files.readString(reference)
        .replace("order.compare(buffer[left], buffer[right]) <= 0", "order.compare(buffer[left], buffer[right]) < 0"));
    Path sample = work.resolve("sample.txt");
    Files.writeString(sample, "keys: [1, 0, 1, 0]");
    Path page = work.resolve("replay/merge-sort.html");
    Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), ReplayMain.class.getName(), "merge-sort",
        "io.github.dsalab.exercises.sort.MergeSort", yours.toString(), reference.toString(), sample.toString(),
        page.toString()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertEquals(0, process.waitFor(), output);
    assertTrue(output.startsWith("difference: step 3: both — compare a[0]=0₁ with a[2]=0₂"), output);
    assertTrue(output.contains("page: " + page.normalize()), output);
    assertTrue(Files.isRegularFile(page));
  }
}
