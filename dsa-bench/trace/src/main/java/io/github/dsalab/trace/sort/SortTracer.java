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
    try {
      sorter.sort(array, watcher);
    } catch (ArrayWatcher.LimitReached stop) {
      failure = stop.getMessage();
    } catch (RuntimeException | StackOverflowError thrown) {
      failure = "the sort threw " + thrown;
    }
    watcher.close();
    int[] end = watcher.snapshot();
    int[] last = watcher.takeChanges();
    String counts = watcher.comparisons() + " comparisons, " + watcher.writes() + " slot writes";
    String result = failure != null ? failure + " (" + counts + ")"
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
