package io.github.dsalab.trace.exercise;

import io.github.dsalab.trace.Replay;
import io.github.dsalab.trace.Trace;
import io.github.dsalab.trace.TracedValue;
import io.github.dsalab.trace.heap.HeapTracer;
import io.github.dsalab.trace.search.IndexSearch;
import io.github.dsalab.trace.search.SearchTracer;
import io.github.dsalab.trace.sort.ArraySorter;
import io.github.dsalab.trace.sort.SortTracer;
import io.github.dsalab.trace.tree.TreeTracer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replays a learner's exercise solution beside the reference solution, on the input the checker
 * found failing: both are traced step by step (through a tracing comparator, with no change to
 * either), and {@link Replay} finds the first step where they part. Also traces a learner's
 * solution alone, for {@code ./lab trace EXERCISE}.
 *
 * <p>Exercises that can be replayed: the six sorts ({@code sort(T[], Comparator)}),
 * {@code binary-search} ({@code indexOf(T[], T, Comparator)}, returning an {@code OptionalInt}),
 * {@code heapify} ({@code heapify(T[], Comparator)}) and {@code search-tree-basics}
 * ({@code insert} and {@code contains} on linked nodes). The failing input is read from the
 * checker's sample text, jqwik's {@code name: value} lines.
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
  private static final Pattern LIST = Pattern.compile("\\[([-0-9, ]*)]");
  private static final Pattern KEY = Pattern.compile("(?m)^key\\s*[:=]\\s*(-?\\d+)");
  private static final Pattern PROBE = Pattern.compile("(?m)^probe\\s*[:=]\\s*(-?\\d+)");

  private ExerciseReplay() {}

  /**
   * Returns the exercises that can be traced and replayed.
   *
   * @return their names, as the track spells them
   */
  public static List<String> exercises() {
    List<String> names = new ArrayList<>(SORTS);
    names.add("binary-search");
    names.add("heapify");
    names.add("search-tree-basics");
    return names;
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
   * values to sort; for {@code binary-search}, the distinct values sorted, searched for their
   * first value, a value that is absent, and their last value.
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
      return SortTracer.trace(exercise, TITLES.get(exercise), sorter(solution, "sort"), values, List.of());
    }
    if (exercise.equals("heapify")) {
      return HeapTracer.inArray(exercise, TITLES.get(exercise), "heapify", sorter(solution, "heapify"), values,
          List.of());
    }
    if (exercise.equals("binary-search")) {
      int[] sorted = Arrays.stream(values).distinct().sorted().toArray();
      int[] keys = sorted.length == 0 ? new int[] {0}
          : new int[] {sorted[0], absentKey(sorted), sorted[sorted.length - 1]};
      return search(exercise, solution, sorted, keys);
    }
    if (exercise.equals("search-tree-basics")) {
      int[] lookups = values.length == 0 ? new int[] {0} : new int[] {values[values.length - 1], absentKey(
          Arrays.stream(values).distinct().sorted().toArray())};
      return tree(exercise, solution, values, lookups);
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
    Matcher list = LIST.matcher(sample);
    if (!list.find()) {
      return Optional.empty();
    }
    int[] values = parse(list.group(1));
    if (exercise.equals("binary-search")) {
      Matcher key = KEY.matcher(sample);
      int[] sorted = Arrays.stream(values).distinct().sorted().toArray();
      int[] keys = key.find() ? new int[] {Integer.parseInt(key.group(1))} : new int[] {absentKey(sorted)};
      return Optional.of(Replay.of(search(exercise, yours, sorted, keys), search(exercise, reference, sorted, keys)));
    }
    if (exercise.equals("search-tree-basics")) {
      Matcher probe = PROBE.matcher(sample);
      if (!probe.find()) {
        return Optional.of(Replay.of(trace(exercise, yours, values), trace(exercise, reference, values)));
      }
      int[] lookups = {Integer.parseInt(probe.group(1))};
      return Optional.of(Replay.of(tree(exercise, yours, values, lookups), tree(exercise, reference, values, lookups)));
    }
    return Optional.of(Replay.of(trace(exercise, yours, values), trace(exercise, reference, values)));
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
    return TreeTracer.insertThenContains(exercise, TITLES.get(exercise), tree, keys, lookups, List.of());
  }

  private static Trace search(String exercise, Class<?> solution, int[] sorted, int[] keys) {
    Method method = method(solution, "indexOf", 3);
    IndexSearch search = new IndexSearch() {
      @Override
      public <T> int indexOf(T[] array, T key, Comparator<? super T> order) {
        Object answer = invoke(method, array, key, order);
        if (answer instanceof OptionalInt optional) {
          return optional.isPresent() ? optional.getAsInt() : -1;
        }
        return ((Number) answer).intValue();
      }
    };
    return SearchTracer.traceIndexOf(exercise, TITLES.get(exercise), search, sorted, keys, List.of());
  }

  private static int absentKey(int[] sorted) {
    int key = sorted.length == 0 ? 0 : sorted[sorted.length / 2] + 1;
    TreeSet<Integer> present = new TreeSet<>();
    Arrays.stream(sorted).forEach(present::add);
    while (present.contains(key)) {
      key++;
    }
    return key;
  }

  private static int[] parse(String numbers) {
    String trimmed = numbers.trim();
    if (trimmed.isEmpty()) {
      return new int[0];
    }
    return Arrays.stream(trimmed.split(",")).map(String::trim).mapToInt(Integer::parseInt).toArray();
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

  private static Method method(Class<?> solution, String name, int parameters) {
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
  private static Object invoke(Method method, Object... arguments) {
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
