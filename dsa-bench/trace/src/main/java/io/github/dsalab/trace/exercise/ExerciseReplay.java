package io.github.dsalab.trace.exercise;

import io.github.dsalab.trace.Replay;
import io.github.dsalab.trace.Trace;
import io.github.dsalab.trace.TracedValue;
import io.github.dsalab.trace.heap.HeapTracer;
import io.github.dsalab.trace.sort.ArraySorter;
import io.github.dsalab.trace.sort.SortTracer;
import io.github.dsalab.trace.tree.TreeTracer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Replays a learner's exercise solution beside the reference solution, on the input the checker
 * found failing: both are traced step by step (through a tracing comparator, with no change to
 * either), and {@link Replay} finds the first step where they part. Also traces a learner's
 * solution alone, for {@code ./lab trace EXERCISE}.
 *
 * <p>Exercises that can be replayed: the six sorts ({@code sort(T[], Comparator)}) and
 * {@code quickselect} (through the comparator, reading the array),
 * {@code binary-search} and {@code lower-bound} (through the comparator), {@code first-bad-version}
 * (through the predicate), {@code heapify} and {@code heap-sift} (through the comparator, reading
 * the array), {@code search-tree-basics} ({@code insert} and {@code contains} on linked nodes), the
 * tree exercises that compare keys ({@code validate-search-tree}, {@code lowest-common-ancestor},
 * {@code search-tree-delete}: every comparison a step, the shape read from the nodes), and the
 * graph exercises that take a {@code Graph} (through a tracing view: every arc read is a step).
 * The others cannot be watched from outside: {@link #whyNot(String)} says why, in one sentence.
 * The failing input is read from the checker's sample text, jqwik's {@code name: value} lines.
 *
 * <pre>{@code
 * Optional<Replay> replay = ExerciseReplay.replay("merge-sort", yourClass, referenceClass, "values: [2, 1, 2]");
 * replay.ifPresent(r -> TracePage.write(r, Path.of("replay.html")));
 * }</pre>
 */
public final class ExerciseReplay {
  private static final List<String> SORTS =
      List.of("bubble-sort", "selection-sort", "insertion-sort", "merge-sort", "quick-sort", "heap-sort");
  private static final Map<String, String> TITLES = Map.of("bubble-sort", "Bubble sort", "selection-sort",
      "Selection sort", "insertion-sort", "Insertion sort", "merge-sort", "Merge sort", "quick-sort", "Quick sort",
      "heap-sort", "Heap sort", "binary-search", "Binary search", "heapify", "Heapify", "search-tree-basics",
      "Search tree: insert and contains");
  private static final Map<String, String> MORE_TITLES = Map.of("lower-bound", "Lower bound", "first-bad-version",
      "First bad version", "heap-sift", "Sift up and sift down", "quickselect", "Quickselect");
  /** Why an exercise of the track has no replay: what it reads is out of the lab's sight. */
  private static final Map<String, String> WHY_NOT = new LinkedHashMap<>();

  static {
    String fields = " reads the tree through the nodes' fields (no comparator), which the lab cannot watch from outside";
    WHY_NOT.put("tree-height", "tree-height" + fields);
    WHY_NOT.put("iterative-traversals", "iterative-traversals" + fields);
    WHY_NOT.put("grid-shortest-path", "grid-shortest-path reads the grid through Grid.isOpen, a final class whose "
        + "reads the lab can count but not watch one by one");
    String hidden = " keeps its working heap or buffer in lists of its own, out of the lab's sight; only the "
        + "comparisons could be shown, not what they decide";
    WHY_NOT.put("top-k", "top-k" + hidden);
    WHY_NOT.put("merge-k-sorted", "merge-k-sorted" + hidden);
    WHY_NOT.put("merge-sorted", "merge-sorted" + hidden);
    WHY_NOT.put("rotated-search", "rotated-search searches an array that is not sorted, which the search replay "
        + "(a window shrinking over sorted values) cannot draw");
  }

  private ExerciseReplay() {}

  /**
   * Returns the exercises that can be traced and replayed.
   *
   * @return their names, as the track spells them
   */
  public static List<String> exercises() {
    List<String> names = new ArrayList<>(SORTS);
    names.addAll(List.of("quickselect", "binary-search", "lower-bound", "first-bad-version", "heapify", "heap-sift",
        "search-tree-basics"));
    names.addAll(TreeExercises.names());
    names.addAll(GraphExercises.names());
    return names;
  }

  /**
   * Says, in one sentence for the learner, why an exercise has no step-by-step replay.
   *
   * @param exercise the exercise's name
   * @return the reason, or empty if the exercise can be traced
   */
  public static Optional<String> whyNot(String exercise) {
    if (canTrace(exercise)) {
      return Optional.empty();
    }
    return Optional.of(WHY_NOT.getOrDefault(exercise, exercise + " is not one of the exercises the lab can watch "
        + "from outside (sorts, searches, heaps, search trees and graphs, through their comparator, predicate or graph)"));
  }

  /**
   * Tells whether an exercise can be traced.
   *
   * @param exercise the exercise's name
   * @return true if {@link #trace} and {@link #replay} handle it
   */
  public static boolean canTrace(String exercise) {
    return exercises().contains(exercise);
  }

  /**
   * Traces one solution of an exercise on the given values: for a sort or {@code heapify}, the
   * values to sort; for {@code quickselect}, the values, for the median's rank; for {@code binary-search}, the distinct values sorted, searched for their
   * first value, a value that is absent, and their last value; for {@code lower-bound}, the values
   * sorted, searched for their smallest, middle and one past their largest; for
   * {@code first-bad-version}, versions 1 to n with the first bad one chosen by the first value;
   * for {@code heap-sift}, the values pushed, then as many pops; for a tree exercise, the values
   * inserted into a search tree, then validated, queried for the ancestor of the first and last
   * value, or the first deleted; for a graph exercise, the values read as the exercise's tests read
   * them (edge endpoints two by two, on {@code n / 2} vertices).
   *
   * @param exercise the exercise's name
   * @param solution the class holding the solution (the learner's or the reference)
   * @param values the input
   * @return the trace
   * @throws IllegalArgumentException if the exercise cannot be traced or the class lacks its method
   */
  public static Trace trace(String exercise, Class<?> solution, int[] values) {
    Objects.requireNonNull(solution, "solution");
    if (SORTS.contains(exercise)) {
      return SortTracer.trace(exercise, title(exercise), sorter(solution, "sort"), values, List.of());
    }
    if (exercise.equals("heapify")) {
      return HeapTracer.inArray(exercise, title(exercise), "heapify", sorter(solution, "heapify"), values,
          List.of());
    }
    if (SearchExercises.names().contains(exercise)) {
      return SearchExercises.trace(exercise, title(exercise), solution, values);
    }
    if (exercise.equals("search-tree-basics")) {
      int[] lookups = values.length == 0 ? new int[] {0} : new int[] {values[values.length - 1], SearchExercises.absentKey(
          Arrays.stream(values).distinct().sorted().toArray())};
      return tree(exercise, solution, values, lookups);
    }
    if (exercise.equals("heap-sift")) {
      return heapSift(exercise, solution, values);
    }
    if (exercise.equals("quickselect")) {
      return select(solution, values, values.length / 2);
    }
    if (GraphExercises.names().contains(exercise)) {
      return GraphExercises.trace(exercise, solution, values);
    }
    if (TreeExercises.names().contains(exercise)) {
      return TreeExercises.trace(exercise, solution, values);
    }
    throw new IllegalArgumentException("the exercise '" + exercise + "' cannot be traced; these can: "
        + String.join(", ", exercises()));
  }

  /**
   * Traces your solution and the reference on the failing input the checker reported, and
   * lines them up.
   *
   * @param exercise the exercise's name
   * @param yours the learner's class
   * @param reference the reference solution's class
   * @param sample the failing input as jqwik reports it ({@code values: [3, 1, 2]} and, for a
   *     search, {@code key: 4})
   * @return the replay, or empty if the exercise cannot be traced or the sample holds no input
   */
  public static Optional<Replay> replay(String exercise, Class<?> yours, Class<?> reference, String sample) {
    Objects.requireNonNull(sample, "sample");
    if (!canTrace(exercise)) {
      return Optional.empty();
    }
    SampleText parsed = SampleText.parse(sample);
    if (GraphExercises.names().contains(exercise)) {
      Optional<Trace> yourTrace = GraphExercises.trace(exercise, yours, parsed);
      return yourTrace.map(trace -> Replay.of(trace, GraphExercises.trace(exercise, reference, parsed).orElseThrow()));
    }
    if (TreeExercises.names().contains(exercise)) {
      Optional<Trace> yourTrace = TreeExercises.trace(exercise, yours, parsed);
      return yourTrace.map(trace -> Replay.of(trace, TreeExercises.trace(exercise, reference, parsed).orElseThrow()));
    }
    if (SearchExercises.names().contains(exercise)) {
      Optional<Trace> yourTrace = SearchExercises.trace(exercise, title(exercise), yours, parsed);
      return yourTrace.map(trace -> Replay.of(trace,
          SearchExercises.trace(exercise, title(exercise), reference, parsed).orElseThrow()));
    }
    Optional<int[]> list = parsed.firstList();
    if (list.isEmpty()) {
      return Optional.empty();
    }
    int[] values = list.get();
    if (exercise.equals("quickselect")) {
      OptionalInt rank = parsed.number("rank");
      if (values.length == 0 || rank.isEmpty()) {
        return Optional.empty();
      }
      int k = Math.floorMod(rank.getAsInt(), values.length);
      return Optional.of(Replay.of(select(yours, values, k), select(reference, values, k)));
    }
    if (exercise.equals("heap-sift")) {
      return Optional.of(Replay.of(HeapTracer.pushAndPop(exercise, title(exercise), sifts(yours), values, List.of()),
          HeapTracer.pushAndPop(exercise, title(exercise), sifts(reference), values, List.of())));
    }
    if (exercise.equals("search-tree-basics")) {
      OptionalInt probe = parsed.number("probe");
      if (probe.isEmpty()) {
        return Optional.of(Replay.of(trace(exercise, yours, values), trace(exercise, reference, values)));
      }
      int[] lookups = {probe.getAsInt()};
      return Optional.of(Replay.of(tree(exercise, yours, values, lookups), tree(exercise, reference, values, lookups)));
    }
    return Optional.of(Replay.of(trace(exercise, yours, values), trace(exercise, reference, values)));
  }

  private static String title(String exercise) {
    return TITLES.getOrDefault(exercise, MORE_TITLES.getOrDefault(exercise, exercise));
  }

  private static Trace select(Class<?> solution, int[] values, int k) {
    Method method = method(solution, "kthSmallest", 3);
    SortTracer.Selector selector = new SortTracer.Selector() {
      @Override
      @SuppressWarnings("unchecked")
      public <T> T select(T[] array, int rank, Comparator<? super T> order) {
        return (T) invoke(method, array, rank, order);
      }
    };
    return SortTracer.traceSelect("quickselect", title("quickselect"), selector, values, k, List.of());
  }

  private static Trace heapSift(String exercise, Class<?> solution, int[] values) {
    int[] actions = new int[2 * values.length];
    for (int i = 0; i < values.length; i++) {
      actions[i] = Math.abs(values[i]);
      actions[values.length + i] = -1;
    }
    return HeapTracer.pushAndPop(exercise, title(exercise), sifts(solution), actions, List.of());
  }

  private static HeapTracer.ArraySifts sifts(Class<?> solution) {
    Method up = method(solution, "siftUp", 3);
    Method down = method(solution, "siftDown", 4);
    return new HeapTracer.ArraySifts() {
      @Override
      public <T> void siftUp(T[] heap, int index, Comparator<? super T> order) {
        invoke(up, heap, index, order);
      }

      @Override
      public <T> void siftDown(T[] heap, int index, int size, Comparator<? super T> order) {
        invoke(down, heap, index, size, order);
      }
    };
  }

  private static Trace tree(String exercise, Class<?> solution, int[] keys, int[] lookups) {
    Method insert = method(solution, "insert", 3);
    Method contains = method(solution, "contains", 3);
    TreeTracer.LinkedTree tree = new TreeTracer.LinkedTree() {
      @Override
      public Object insert(Object root, TracedValue key, Comparator<TracedValue> order) {
        return invoke(insert, root, key, order);
      }

      @Override
      public boolean contains(Object root, TracedValue key, Comparator<TracedValue> order) {
        return (Boolean) invoke(contains, root, key, order);
      }
    };
    return TreeTracer.insertThenContains(exercise, title(exercise), tree, keys, lookups, List.of());
  }

  private static ArraySorter sorter(Class<?> solution, String name) {
    Method method = method(solution, name, 2);
    return new ArraySorter() {
      @Override
      public <T> void sort(T[] values, Comparator<? super T> order) {
        invoke(method, values, order);
      }
    };
  }

  static Method method(Class<?> solution, String name, int parameters) {
    for (Method method : solution.getMethods()) {
      if (method.getName().equals(name) && method.getParameterCount() == parameters
          && Modifier.isStatic(method.getModifiers())) {
        return method;
      }
    }
    throw new IllegalArgumentException(solution.getName() + " has no public static method " + name + " with "
        + parameters + " parameters");
  }

  /** Calls the solution; what it throws is rethrown as is, so the trace can say what happened. */
  static Object invoke(Method method, Object... arguments) {
    try {
      return method.invoke(null, arguments);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot call " + method + ": " + e.getMessage(), e);
    }
  }
}
