package io.github.dsalab.trace.search;

import io.github.dsalab.trace.Family;
import io.github.dsalab.trace.JsonObject;
import io.github.dsalab.trace.Step;
import io.github.dsalab.trace.Trace;
import io.github.dsalab.trace.TracedValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;

/**
 * Records binary searches probe by probe, from outside: through a tracing comparator for a
 * search by key, through a tracing predicate for {@code firstTrue}. The window shown is inferred
 * from the answers alone, as the search itself must reason: an element smaller than the key rules
 * out its position and everything left of it, a larger one its position and everything right of
 * it; a false predicate rules out its candidate and below, a true one everything above.
 *
 * <table class="striped">
 *   <caption>Cost</caption>
 *   <tr><th>per probe</th><td>{@code O(n)} to copy the cells into the step</td></tr>
 * </table>
 *
 * <pre>{@code
 * Trace trace = SearchTracer.traceIndexOf("binary-search", "Binary search", BinarySearch::indexOf,
 *     new int[] {1, 3, 5, 7, 9, 11}, new int[] {7, 4}, List.of());
 * }</pre>
 */
public final class SearchTracer {
  /** Probes per search before the trace gives up: 64 is enough for any range of longs. */
  public static final int MAX_PROBES = 200;

  private SearchTracer() {}

  /**
   * Runs {@code search} for each key on {@code sorted} and records every comparison.
   *
   * @param algorithm the algorithm's name, as the lab spells it
   * @param title the page heading
   * @param search the search to watch
   * @param sorted the array, ascending (not modified)
   * @param keys the keys to search for, one search each
   * @param notes what a learner should know to read the trace
   * @return the trace
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code sorted} is not ascending
   */
  public static Trace traceIndexOf(
      String algorithm, String title, IndexSearch search, int[] sorted, int[] keys, List<String> notes) {
    return traceByKey(algorithm, title, search, sorted, keys, notes, false);
  }

  /**
   * Runs a lower-bound search for each key on {@code sorted} and records every comparison: as
   * {@link #traceIndexOf}, but the answer is right when it is the number of elements smaller than
   * the key (where the key would be inserted), whether or not the key is present.
   *
   * @param algorithm the algorithm's name, as the lab spells it
   * @param title the page heading
   * @param search the search to watch, returning the lower bound
   * @param sorted the array, ascending, duplicates allowed (not modified)
   * @param keys the keys to search for, one search each
   * @param notes what a learner should know to read the trace
   * @return the trace
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code sorted} is not ascending
   */
  public static Trace traceLowerBound(
      String algorithm, String title, IndexSearch search, int[] sorted, int[] keys, List<String> notes) {
    return traceByKey(algorithm, title, search, sorted, keys, notes, true);
  }

  private static Trace traceByKey(String algorithm, String title, IndexSearch search, int[] sorted, int[] keys,
      List<String> notes, boolean lowerBound) {
    Objects.requireNonNull(search, "search");
    checkAscending(sorted);
    TracedValue[] items = TracedValue.tag(sorted);
    List<String> cells = Arrays.stream(items).map(TracedValue::label).toList();
    List<Step> steps = new ArrayList<>();
    steps.add(new Step("start", "", new SearchState("", cells, blank(cells.size()), 0, cells.size(), -1, 0, null)));
    List<String> answers = new ArrayList<>();
    for (int key : keys) {
      TracedValue keyValue = new TracedValue(key, -1, Integer.toString(key));
      String call = (lowerBound ? "lowerBound(" : "indexOf(") + key + ")";
      Window window = new Window(call, cells, steps);
      Comparator<TracedValue> order = (a, b) -> {
        boolean keyFirst = a.id() < 0;
        TracedValue element = keyFirst ? b : a;
        int sign = Integer.signum(Integer.compare(element.value(), key));
        window.probe(element.id(), "compare a[" + element.id() + "]=" + element.label() + " with " + key,
            sign < 0 ? "<" : sign > 0 ? ">" : "=");
        return keyFirst ? -sign : sign;
      };
      String answer;
      try {
        int found = search.indexOf(items.clone(), keyValue, order);
        boolean right;
        if (lowerBound) {
          answer = "index " + found;
          right = found == Arrays.stream(sorted).filter(v -> v < key).count();
        } else {
          answer = found >= 0 ? "index " + found : "absent (" + found + ")";
          right = found >= 0 ? found < sorted.length && sorted[found] == key
              : Arrays.stream(sorted).noneMatch(v -> v == key);
        }
        answer += right ? "" : " — wrong";
      } catch (TooManyProbes stop) {
        answer = "stopped after " + MAX_PROBES + " probes (a loop that never ends?)";
      } catch (RuntimeException | StackOverflowError thrown) {
        answer = "threw " + thrown;
      }
      window.answer(answer);
      answers.add(call + " = " + answer);
    }
    return new Trace(algorithm, title, Family.SEARCH, "a = " + cells + ", keys " + Arrays.toString(keys), notes,
        JsonObject.create(), steps, String.join("; ", answers));
  }

  /**
   * Runs {@code firstTrue} on the candidates {@code [0, cells.length)} with the predicate
   * {@code cells[x] ≥ threshold} and records every call of the predicate.
   *
   * @param algorithm the algorithm's name, as the lab spells it
   * @param title the page heading
   * @param firstTrue the search, called as {@code firstTrue.applyAsInt(predicate)} over {@code [0, n)}
   * @param cells ascending values the predicate reads (not modified)
   * @param threshold the predicate's threshold
   * @param notes what a learner should know to read the trace
   * @return the trace
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code cells} is not ascending
   */
  public static Trace traceFirstTrue(String algorithm, String title, FirstTrueSearch firstTrue, int[] cells,
      int threshold, List<String> notes) {
    Objects.requireNonNull(firstTrue, "firstTrue");
    checkAscending(cells);
    List<String> labels = Arrays.stream(cells).mapToObj(Integer::toString).toList();
    List<Step> steps = new ArrayList<>();
    String query = "first x with a[x] ≥ " + threshold;
    steps.add(new Step("start", "", new SearchState(query, labels, blank(labels.size()), 0, labels.size(), -1, 0,
        null)));
    Window window = new Window(query, labels, steps);
    IntPredicate predicate = x -> {
      if (x < 0 || x >= cells.length) {
        throw new IndexOutOfBoundsException("the predicate was asked about " + x + ", outside [0, " + cells.length + ")");
      }
      boolean passes = cells[x] >= threshold;
      window.probe(x, "test x=" + x + ": a[" + x + "]=" + cells[x] + " ≥ " + threshold + "?", passes ? "T" : "F");
      return passes;
    };
    String answer;
    try {
      int found = firstTrue.firstTrue(cells.length, predicate);
      int expected = (int) Arrays.stream(cells).filter(v -> v < threshold).count();
      answer = "x = " + found + (found == expected ? "" : " — wrong, the first is " + expected);
    } catch (TooManyProbes stop) {
      answer = "stopped after " + MAX_PROBES + " probes (a loop that never ends?)";
    } catch (RuntimeException | StackOverflowError thrown) {
      answer = "threw " + thrown;
    }
    window.answer(answer);
    return new Trace(algorithm, title, Family.SEARCH, "a = " + labels + ", " + query, notes, JsonObject.create(),
        steps, query + ": " + answer);
  }

  /** {@code firstTrue} over {@code [0, n)}, as {@code n -> BinarySearch.firstTrue(0, n, p)}. */
  @FunctionalInterface
  public interface FirstTrueSearch {
    /**
     * Returns the least {@code x} in {@code [0, n)} with {@code predicate.test(x)}, or {@code n}.
     *
     * @param n the number of candidates
     * @param predicate a monotone predicate
     * @return the first candidate that passes, or {@code n}
     */
    int firstTrue(int n, IntPredicate predicate);
  }

  private static void checkAscending(int[] values) {
    Objects.requireNonNull(values, "values");
    for (int i = 1; i < values.length; i++) {
      if (values[i - 1] > values[i]) {
        throw new IllegalArgumentException("a binary search needs ascending values, but a[" + (i - 1) + "]="
            + values[i - 1] + " > a[" + i + "]=" + values[i]);
      }
    }
  }

  private static List<String> blank(int n) {
    return Arrays.stream(new String[n]).map(s -> "").collect(Collectors.toList());
  }

  private static final class TooManyProbes extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooManyProbes() {
      super("probe limit reached", null, false, false);
    }
  }

  /** The positions the probes of one search have not ruled out, and the steps they produced. */
  private static final class Window {
    private final String query;
    private final List<String> cells;
    private final List<String> marks;
    private final List<Step> steps;
    private int low;
    private int high;
    private int probes;

    Window(String query, List<String> cells, List<Step> steps) {
      this.query = query;
      this.cells = cells;
      this.marks = blank(cells.size());
      this.steps = steps;
      this.high = cells.size();
    }

    /** Records a probe of {@code position} whose answer is {@code mark} ({@code <, >, =, F, T}). */
    void probe(int position, String event, String mark) {
      if (++probes > MAX_PROBES) {
        throw new TooManyProbes();
      }
      marks.set(position, mark);
      String learnt;
      switch (mark) {
        case "<", "F" -> {
          low = Math.max(low, position + 1);
          learnt = (mark.equals("<") ? "smaller: " : "false: ") + "the answer is right of " + position;
        }
        case ">" -> {
          high = Math.min(high, position);
          learnt = "larger: the key can only be left of " + position;
        }
        case "T" -> {
          high = Math.min(high, position + 1);
          learnt = "true: the answer is " + position + " or left of it";
        }
        default -> {
          low = position;
          high = position + 1;
          learnt = "equal: found at " + position;
        }
      }
      String window = low < high ? "window [" + low + ", " + high + ")" : "window empty";
      steps.add(new Step(query + ": " + event, learnt + ", " + window,
          new SearchState(query, cells, marks, low, high, position, probes, null)));
    }

    void answer(String answer) {
      steps.add(new Step(query + " returned", answer,
          new SearchState(query, cells, marks, low, high, -1, probes, answer)));
    }
  }
}
