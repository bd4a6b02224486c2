package io.github.dsalab.trace.exercise;

import io.github.dsalab.trace.Trace;
import io.github.dsalab.trace.search.IndexSearch;
import io.github.dsalab.trace.search.SearchTracer;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.TreeSet;
import java.util.function.LongPredicate;

/**
 * The search exercises ({@code binary-search}, {@code lower-bound}, {@code first-bad-version}),
 * traced probe by probe through {@link SearchTracer}: the searches by key through the comparator
 * they are given, {@code first-bad-version} through its predicate. The sample is read as the
 * exercises' tests draw it: {@code values} (sorted here) and {@code key}; {@code first},
 * {@code length} and {@code bad}, the versions {@code first..first + length} being bad from
 * {@code bad} on.
 *
 * <p>Cost: one run of the solution, plus {@code O(n)} per probe to record the step.
 *
 * <pre>{@code
 * Optional<Trace> trace = SearchExercises.trace("lower-bound", "Lower bound", solution,
 *     SampleText.parse("values: [1, 3, 3]\nkey: 3"));
 * }</pre>
 */
final class SearchExercises {
  private SearchExercises() {}

  /** The search exercises traced here. */
  static List<String> names() {
    return List.of("binary-search", "lower-bound", "first-bad-version");
  }

  /**
   * Traces {@code solution} on the input the sample describes.
   *
   * @return the trace, or empty if the sample lacks a value the exercise's test draws
   */
  static Optional<Trace> trace(String exercise, String title, Class<?> solution, SampleText sample) {
    if (exercise.equals("first-bad-version")) {
      OptionalInt first = sample.number("first");
      OptionalInt length = sample.number("length");
      OptionalInt bad = sample.number("bad");
      if (first.isEmpty() || length.isEmpty() || bad.isEmpty() || length.getAsInt() < 0
          || length.getAsInt() > SearchTracer.MAX_PROBES) {
        return Optional.empty();
      }
      long last = (long) first.getAsInt() + length.getAsInt();
      return Optional.of(firstBad(exercise, title, solution, first.getAsInt(), last, bad.getAsInt()));
    }
    Optional<int[]> values = sample.firstList();
    if (values.isEmpty()) {
      return Optional.empty();
    }
    boolean byIndex = exercise.equals("binary-search");
    // indexOf's tests search distinct values; lowerBound's keep their repeats.
    int[] sorted = byIndex ? Arrays.stream(values.get()).distinct().sorted().toArray()
        : Arrays.stream(values.get()).sorted().toArray();
    int[] keys = {sample.number("key").orElse(absentKey(sorted))};
    return Optional.of(byIndex ? search(exercise, title, solution, sorted, keys)
        : lowerBound(exercise, title, solution, sorted, keys));
  }

  /**
   * Traces {@code solution} on {@code values}: {@code binary-search} on the distinct values
   * sorted, for their first, an absent and their last value; {@code lower-bound} on the values
   * sorted, for their smallest, middle and one past their largest; {@code first-bad-version} on
   * versions 1 to n, the first bad one chosen by the first value.
   */
  static Trace trace(String exercise, String title, Class<?> solution, int[] values) {
    if (exercise.equals("binary-search")) {
      int[] sorted = Arrays.stream(values).distinct().sorted().toArray();
      int[] keys = sorted.length == 0 ? new int[] {0}
          : new int[] {sorted[0], absentKey(sorted), sorted[sorted.length - 1]};
      return search(exercise, title, solution, sorted, keys);
    }
    if (exercise.equals("lower-bound")) {
      int[] sorted = Arrays.stream(values).sorted().toArray();
      int[] keys = sorted.length == 0 ? new int[] {0} : new int[] {sorted[0], sorted[sorted.length / 2],
          sorted[sorted.length - 1] + 1};
      return lowerBound(exercise, title, solution, sorted, keys);
    }
    int bad = values.length == 0 ? 0 : values[0];
    return firstBad(exercise, title, solution, 1, Math.max(1, values.length), Math.floorMod(bad, values.length + 1) + 1);
  }

  private static Trace search(String exercise, String title, Class<?> solution, int[] sorted, int[] keys) {
    Method method = ExerciseReplay.method(solution, "indexOf", 3);
    IndexSearch search = new IndexSearch() {
      @Override
      public <T> int indexOf(T[] array, T key, Comparator<? super T> order) {
        Object answer = ExerciseReplay.invoke(method, array, key, order);
        if (answer instanceof OptionalInt optional) {
          return optional.isPresent() ? optional.getAsInt() : -1;
        }
        return ((Number) answer).intValue();
      }
    };
    return SearchTracer.traceIndexOf(exercise, title, search, sorted, keys, List.of());
  }

  private static Trace lowerBound(String exercise, String title, Class<?> solution, int[] sorted, int[] keys) {
    Method method = ExerciseReplay.method(solution, "lowerBound", 3);
    IndexSearch search = new IndexSearch() {
      @Override
      public <T> int indexOf(T[] array, T key, Comparator<? super T> order) {
        return ((Number) ExerciseReplay.invoke(method, array, key, order)).intValue();
      }
    };
    return SearchTracer.traceLowerBound(exercise, title, search, sorted, keys, List.of());
  }

  /** Versions {@code first..last}, bad from {@code bad} on; the cells are the versions. */
  private static Trace firstBad(String exercise, String title, Class<?> solution, long first, long last, int bad) {
    Method method = ExerciseReplay.method(solution, "firstBad", 3);
    int[] versions = new int[(int) (last - first + 1)];
    for (int x = 0; x < versions.length; x++) {
      versions[x] = (int) (first + x);
    }
    return SearchTracer.traceFirstTrue(exercise, title, (n, predicate) -> {
      LongPredicate isBad = version -> {
        if (version < first || version > last) {
          throw new IllegalArgumentException("isBad was asked about version " + version + ", outside [" + first + ", "
              + last + "]");
        }
        return predicate.test((int) (version - first));
      };
      OptionalLong answer = (OptionalLong) ExerciseReplay.invoke(method, first, last, isBad);
      return answer.isPresent() ? (int) (answer.getAsLong() - first) : n;
    }, versions, bad, List.of("The cells are the versions " + first + " to " + last + "; x is a version's position, "
        + "and \"none bad\" is x = " + versions.length + "."));
  }

  /** A key that is not in {@code sorted}: one above the middle value, or the next free one. */
  static int absentKey(int[] sorted) {
    int key = sorted.length == 0 ? 0 : sorted[sorted.length / 2] + 1;
    TreeSet<Integer> present = new TreeSet<>();
    Arrays.stream(sorted).forEach(present::add);
    while (present.contains(key)) {
      key++;
    }
    return key;
  }
}
