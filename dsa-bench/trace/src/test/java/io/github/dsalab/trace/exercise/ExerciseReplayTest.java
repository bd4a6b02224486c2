package io.github.dsalab.trace.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dsalab.trace.Replay;
import io.github.dsalab.trace.Step;
import io.github.dsalab.trace.Trace;
import io.github.dsalab.trace.heap.HeapState;
import io.github.dsalab.trace.search.SearchState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exercise track's own reference solutions, each compiled twice: as written, and with one
 * planted bug of the kind learners make. Replayed on a failing input, the first difference is the
 * step where the bug acts. The pages are kept in {@code target/replays/} to look at.
 */
class ExerciseReplayTest {
  private static final Path SOLUTIONS = SolutionVariants.SOLUTIONS;
  @TempDir static Path work;

  private Class<?>[] referenceAndBugged(String topic, String className, String from, String to) throws Exception {
    return SolutionVariants.referenceAndBugged(work, topic, className, from, to);
  }

  private static Replay replay(String exercise, Class<?>[] classes, String sample) {
    return SolutionVariants.replay(exercise, classes, sample, exercise);
  }

  private static Replay replay(String exercise, Class<?>[] classes, String sample, String page) {
    return SolutionVariants.replay(exercise, classes, sample, page);
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

  /** The first step that compares two children of one slot (2i + 1 and 2i + 2): where a sift picks a child. */
  private static int firstSiblingComparison(Trace trace) {
    List<Step> steps = trace.steps();
    for (int k = 1; k < steps.size(); k++) {
      List<Integer> compared = ((HeapState) steps.get(k).state()).compared();
      if (compared.size() == 2 && compared.get(0) >= 0 && compared.get(1) >= 0
          && Math.abs(compared.get(0) - compared.get(1)) == 1 && Math.min(compared.get(0), compared.get(1)) % 2 == 1) {
        return k;
      }
    }
    throw new AssertionError("no two children compared in " + steps);
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
    int firstChildren = firstSiblingComparison(replay.reference());
    // The bug acts in the choice between two unequal children; the next comparison shows it.
    assertEquals(firstChildren + 1, replay.firstDifference(), replay.difference());
  }

  @Test
  void aHeapSiftThatFollowsTheLargerChildIsCaughtRightAfterComparingTheChildren() throws Exception {
    Class<?>[] classes = referenceAndBugged("heap", "HeapSift",
        "order.compare(heap[child + 1], heap[child]) < 0", "order.compare(heap[child + 1], heap[child]) > 0");
    Replay replay = replay("heap-sift", classes, "actions: [5, 3, 8, 1, -1, -1]");
    int firstChildren = firstSiblingComparison(replay.reference());
    // After the pushes the heap is [1, 3, 8, 5]; the pop moves 5 to the root and compares 8 with 3.
    assertEquals(7, firstChildren);
    assertEquals(firstChildren + 1, replay.firstDifference(), replay.difference());
    assertEquals("step 8: yours — pop: compare h[2]=8 with h[0]=5; the reference — pop: compare h[1]=3 with h[0]=5",
        replay.difference());
  }

  @Test
  void aLowerBoundThatGoesRightOnEqualKeysIsCaughtAfterItsFirstEqualProbe() throws Exception {
    Class<?>[] classes = referenceAndBugged("search", "LowerBound", "order.compare(sorted[middle], key) < 0",
        "order.compare(sorted[middle], key) <= 0");
    Replay replay = replay("lower-bound", classes, "values: [5, 3, 1, 3, 3]\nkey: 3");
    // Sorted [1, 3, 3, 3, 5]: the first probe, a[2], equals the key; the bug goes right of it.
    assertEquals(2, replay.firstDifference(), replay.difference());
    assertEquals("step 2: yours — lowerBound(3): compare a[4]=5 with 3; the reference — lowerBound(3): "
        + "compare a[1]=3₁ with 3", replay.difference());
    assertEquals("lowerBound(3) = index 1", replay.reference().result());
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
  void aFirstBadVersionThatNeverAsksWhetherAnyIsBadIsCaughtAtItsFirstProbe() throws Exception {
    Class<?>[] classes = referenceAndBugged("search", "FirstBadVersion",
        "    if (!isBad.test(last)) {\n      return OptionalLong.empty();\n    }\n", "");
    Replay replay = replay("first-bad-version", classes, "first: 0\nlength: 3\nbad: 9");
    // Versions 0..3, none bad: the reference first tests the last version, the bug the middle of [0, 3].
    assertEquals("step 1: yours — first x with a[x] ≥ 9: test x=1: a[1]=1 ≥ 9?; the reference — first x with "
        + "a[x] ≥ 9: test x=3: a[3]=3 ≥ 9?", replay.difference());
    assertEquals("first x with a[x] ≥ 9: x = 4", replay.reference().result());
    assertEquals("first x with a[x] ≥ 9: x = 3 — wrong, the first is 4", replay.yours().result());
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
