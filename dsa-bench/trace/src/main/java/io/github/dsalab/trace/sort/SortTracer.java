package io.github.dsalab.trace.sort;

import io.github.dsalab.trace.ArrayWatcher;
import io.github.dsalab.trace.Family;
import io.github.dsalab.trace.JsonObject;
import io.github.dsalab.trace.Step;
import io.github.dsalab.trace.Trace;
import io.github.dsalab.trace.TracedValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.function.BiFunction;

/**
 * Records a sort step by step, from outside: the sort gets {@link TracedValue}s and an
 * {@link ArrayWatcher}, a comparator that looks at the array being sorted at every call. Each
 * step is one comparison and the moves the sort made after it, up to the next comparison
 * ("compare a[3]=9 with a[7]=2: swap a[3] ↔ a[7]"). The sort's code is untouched, so any
 * {@link ArraySorter} can be traced: dsa-core's sorts and a learner's own.
 *
 * <p>What can be seen this way is what is in the array when the sort compares: an element the
 * sort holds elsewhere (in a merge buffer, or the key of an insertion) shows as "held", and the
 * moves of one step are the slots that changed, not the individual writes. A sort that throws,
 * or runs past {@value ArrayWatcher#MAX_COMPARISONS} comparisons, ends its trace there with a
 * step saying so.
 *
 * <table class="striped">
 *   <caption>Cost</caption>
 *   <tr><th>per comparison</th><td>{@code O(n)}: the array is read once</td></tr>
 *   <tr><th>trace size</th><td>{@code O(n)} per step</td></tr>
 * </table>
 *
 * <pre>{@code
 * Trace trace = SortTracer.trace("insertion-sort", "Insertion sort", InsertionSort::sort,
 *     new int[] {5, 2, 9, 1}, List.of());
 * trace.steps().size(); // 1 + comparisons + 1
 * }</pre>
 */
public final class SortTracer {
  private SortTracer() {}

  /**
   * Runs {@code sorter} on a copy of {@code input} and records every comparison.
   *
   * @param algorithm the algorithm's name, as the lab spells it
   * @param title the page heading
   * @param sorter the sort to watch
   * @param input the values to sort (not modified)
   * @param notes what a learner should know to read the trace
   * @return the trace: the starting array, one step per comparison, and the result
   * @throws NullPointerException if an argument is null
   */
  public static Trace trace(String algorithm, String title, ArraySorter sorter, int[] input, List<String> notes) {
    Objects.requireNonNull(sorter, "sorter");
    return watch(algorithm, title, input, notes, "the sort", (array, watcher) -> {
      sorter.sort(array, watcher);
      return null;
    });
  }

  /** A selection that works in its array, as quickselect does: the code to watch. */
  @FunctionalInterface
  public interface Selector {
    /**
     * Returns the element of rank {@code k} (0 for the smallest), reordering {@code values} as it goes.
     *
     * @param values the array, which the selection may reorder
     * @param k the rank
     * @param order the order
     * @param <T> the type of elements
     * @return the element of rank {@code k}
     */
    <T> T select(T[] values, int k, java.util.Comparator<? super T> order);
  }

  /**
   * Runs {@code selector} for rank {@code k} on a copy of {@code input} and records every
   * comparison, as for a sort; the result says what it returned and whether that is the element
   * of rank {@code k}.
   *
   * @param algorithm the algorithm's name, as the lab spells it
   * @param title the page heading
   * @param selector the selection to watch
   * @param input the values (not modified)
   * @param k the rank asked for, 0 for the smallest
   * @param notes what a learner should know to read the trace
   * @return the trace: the starting array, one step per comparison, and the result
   * @throws NullPointerException if an argument is null
   */
  public static Trace traceSelect(String algorithm, String title, Selector selector, int[] input, int k,
      List<String> notes) {
    Objects.requireNonNull(selector, "selector");
    int[] sorted = input.clone();
    Arrays.sort(sorted);
    return watch(algorithm, title, input, notes, "the selection", (array, watcher) -> {
      TracedValue answer = selector.select(array, k, watcher);
      boolean right = answer != null && k >= 0 && k < sorted.length && answer.value() == sorted[k];
      return "rank " + k + ": returned " + answer + (right ? "" : " — wrong"
          + (k >= 0 && k < sorted.length ? ", the element of rank " + k + " is " + sorted[k] : ""));
    });
  }

  /** Runs {@code body} on a copy of the input; it returns its answer in words, or null for a sort. */
  private static Trace watch(String algorithm, String title, int[] input, List<String> notes, String what,
      BiFunction<TracedValue[], ArrayWatcher, String> body) {
    TracedValue[] items = TracedValue.tag(input);
    TracedValue[] array = items.clone();
    List<Step> steps = new ArrayList<>();
    ArrayWatcher watcher = new ArrayWatcher(items, () -> array, "a",
        seen -> steps.add(new Step(seen.event(), seen.effect(),
            state(items, seen.ids(), seen.compared(), seen.moved(), seen.keySlot(), seen.span(), seen.comparisons(),
                seen.writes()))));
    int[] none = new int[0];
    steps.add(new Step("start", "", state(items, watcher.snapshot(), none, none, -1, none, 0, 0)));
    String failure = null;
    String answer = null;
    try {
      answer = body.apply(array, watcher);
    } catch (ArrayWatcher.LimitReached stop) {
      failure = stop.getMessage();
    } catch (RuntimeException | StackOverflowError thrown) {
      failure = what + " threw " + thrown;
    }
    watcher.close();
    int[] end = watcher.snapshot();
    int[] last = watcher.takeChanges();
    String counts = watcher.comparisons() + " comparisons, " + watcher.writes() + " slot writes";
    String result = failure != null ? failure + " (" + counts + ")"
        : answer != null ? answer + "; " + counts
        : isSortedPermutation(items, end) ? "sorted: " + counts : "not sorted: " + counts;
    steps.add(new Step("done", result, state(items, end, none, last, -1, none, watcher.comparisons(),
        watcher.writes())));
    return new Trace(algorithm, title, Family.SORT, "[" + labels(items) + "]", notes, JsonObject.create(), steps,
        result);
  }

  private static ArrayState state(TracedValue[] items, int[] ids, int[] compared, int[] moved, int keySlot,
      int[] span, long comparisons, long writes) {
    List<Integer> idList = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    List<Integer> values = new ArrayList<>();
    boolean[] present = new boolean[items.length];
    for (int id : ids) {
      idList.add(id);
      labels.add(id < 0 ? "null" : items[id].label());
      values.add(id < 0 ? 0 : items[id].value());
      if (id >= 0) {
        present[id] = true;
      }
    }
    List<String> held = new ArrayList<>();
    for (int id = 0; id < items.length; id++) {
      if (!present[id]) {
        held.add(items[id].label());
      }
    }
    return new ArrayState(idList, labels, values, boxed(compared), boxed(moved), held, keySlot, boxed(span),
        comparisons, writes);
  }

  private static List<Integer> boxed(int[] ints) {
    return Arrays.stream(ints).boxed().toList();
  }

  private static boolean isSortedPermutation(TracedValue[] items, int[] ids) {
    boolean[] seen = new boolean[items.length];
    for (int k = 0; k < ids.length; k++) {
      if (ids[k] < 0 || seen[ids[k]]) {
        return false;
      }
      seen[ids[k]] = true;
      if (k > 0 && items[ids[k - 1]].value() > items[ids[k]].value()) {
        return false;
      }
    }
    return true;
  }

  private static String labels(TracedValue[] values) {
    StringJoiner joined = new StringJoiner(", ");
    for (TracedValue value : values) {
      joined.add(value.label());
    }
    return joined.toString();
  }
}
