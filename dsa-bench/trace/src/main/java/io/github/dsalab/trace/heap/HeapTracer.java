package io.github.dsalab.trace.heap;

import io.github.dsalab.heap.BinaryHeap;
import io.github.dsalab.heap.IndexedMinHeap;
import io.github.dsalab.trace.ArrayWatcher;
import io.github.dsalab.trace.Family;
import io.github.dsalab.trace.JsonObject;
import io.github.dsalab.trace.Step;
import io.github.dsalab.trace.Trace;
import io.github.dsalab.trace.TracedValue;
import io.github.dsalab.trace.sort.ArraySorter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Records a binary heap at work, from outside: a tracing comparator ({@link ArrayWatcher}) reads
 * the heap's array at every comparison, through {@link BinaryHeap#toArray()} (which returns the
 * array in heap order) or, for a heap kept in a plain array, the array itself. Each step is one
 * comparison of a sift and the slots that changed after it; the slots compared during one
 * operation form its sift path.
 *
 * <table class="striped">
 *   <caption>Cost</caption>
 *   <tr><th>per comparison</th><td>{@code O(n)} to read the array</td></tr>
 * </table>
 *
 * <pre>{@code
 * Trace trace = HeapTracer.offerThenPoll("binary-heap", "Binary heap", new int[] {5, 2, 9, 1}, List.of());
 * // steps: offer 5, offer 2 (2 rises above 5), ..., poll → 1, poll → 2, ...
 * }</pre>
 */
public final class HeapTracer {
  private HeapTracer() {}

  /**
   * Offers the values to a {@link BinaryHeap} one by one, then polls it until it is empty.
   *
   * @param algorithm the algorithm's name, as the lab spells it
   * @param title the page heading
   * @param input the values to offer, in order
   * @param notes what a learner should know to read the trace
   * @return the trace
   * @throws NullPointerException if an argument is null
   */
  public static Trace offerThenPoll(String algorithm, String title, int[] input, List<String> notes) {
    TracedValue[] items = TracedValue.tag(input);
    AtomicReference<BinaryHeap<TracedValue>> heap = new AtomicReference<>();
    Recorder recorder = new Recorder(items, () -> heap.get() == null ? new Object[0] : heap.get().toArray(), false);
    heap.set(new BinaryHeap<>(recorder.watcher));
    String failure = null;
    try {
      for (TracedValue item : items) {
        recorder.entered[item.id()] = true;
        recorder.run("offer " + item.label(), () -> heap.get().offer(item), "");
      }
      pollAll(heap.get(), recorder);
    } catch (ArrayWatcher.LimitReached stop) {
      failure = stop.getMessage();
    }
    String result = failure != null ? failure : "polled in order: " + String.join(", ", recorder.output);
    return new Trace(algorithm, title, Family.HEAP, labels(items), notes, JsonObject.create(), recorder.steps,
        result);
  }

  /**
   * Builds a {@link BinaryHeap} from the values bottom up (Floyd's heapify, through
   * {@link BinaryHeap#addAll} into an empty heap made with the tracing comparator), then polls it
   * until it is empty. At the start every value is held outside the heap; the first comparison
   * shows them all in the array, in input order.
   *
   * @param algorithm the algorithm's name, as the lab spells it
   * @param title the page heading
   * @param input the values, in order
   * @param notes what a learner should know to read the trace
   * @return the trace
   * @throws NullPointerException if an argument is null
   */
  public static Trace heapifyThenPoll(String algorithm, String title, int[] input, List<String> notes) {
    TracedValue[] items = TracedValue.tag(input);
    AtomicReference<BinaryHeap<TracedValue>> heap = new AtomicReference<>();
    Recorder recorder = new Recorder(items, () -> heap.get() == null ? new Object[0] : heap.get().toArray(), false);
    heap.set(new BinaryHeap<>(recorder.watcher));
    Arrays.fill(recorder.entered, true);
    String failure = null;
    long built = 0;
    try {
      recorder.run("heapify", () -> heap.get().addAll(Arrays.asList(items)), "");
      built = recorder.watcher.comparisons();
      pollAll(heap.get(), recorder);
    } catch (ArrayWatcher.LimitReached stop) {
      failure = stop.getMessage();
    }
    String result = failure != null ? failure : "built with " + built + " comparisons (at most 2n = " + 2 * items.length
        + "); polled in order: " + String.join(", ", recorder.output);
    return new Trace(algorithm, title, Family.HEAP, labels(items), notes, JsonObject.create(), recorder.steps,
        result);
  }

  private static void pollAll(BinaryHeap<TracedValue> heap, Recorder recorder) {
    while (!heap.isEmpty()) {
      TracedValue[] polled = new TracedValue[1];
      recorder.run("poll", () -> polled[0] = heap.poll(), null);
      recorder.output.add(polled[0].label());
      recorder.removed[polled[0].id()] = true;
      recorder.finishOperation("poll", "returned " + polled[0].label());
    }
  }

  /**
   * Runs an {@link IndexedMinHeap} as Dijkstra's algorithm does: inserts index i with key
   * {@code keys[i]} for each i, lowers the key of every third index by half the spread of the
   * keys (no lower than the smallest), then polls the minimum until the heap is empty. The
   * heap's array is read through {@link IndexedMinHeap#heapOrder()}; each node shows
   * {@code index:key}.
   *
   * @param algorithm the algorithm's name, as the lab spells it
   * @param title the page heading
   * @param keys the keys of the indices {@code 0..keys.length-1}
   * @param notes what a learner should know to read the trace
   * @return the trace
   * @throws NullPointerException if an argument is null
   */
  public static Trace indexedInsertDecreasePoll(String algorithm, String title, int[] keys, List<String> notes) {
    int n = keys.length;
    int min = Arrays.stream(keys).min().orElse(0);
    int drop = (Arrays.stream(keys).max().orElse(0) - min) / 2;
    List<Integer> lowered = new ArrayList<>();
    for (int i = 0; i < n; i += 3) {
      if (keys[i] - drop >= min && drop > 0) {
        lowered.add(i);
      }
    }
    TracedValue[] items = new TracedValue[n + lowered.size()];
    for (int i = 0; i < n; i++) {
      items[i] = new TracedValue(keys[i], i, i + ":" + keys[i]);
    }
    for (int k = 0; k < lowered.size(); k++) {
      int i = lowered.get(k);
      items[n + k] = new TracedValue(keys[i] - drop, n + k, i + ":" + (keys[i] - drop));
    }
    // The key each index holds now; the view maps the heap's indices to it.
    TracedValue[] current = new TracedValue[n];
    AtomicReference<IndexedMinHeap<TracedValue>> heap = new AtomicReference<>();
    Recorder recorder = new Recorder(items, () -> heap.get() == null ? new Object[0]
        : Arrays.stream(heap.get().heapOrder()).mapToObj(i -> current[i]).toArray(), false);
    heap.set(new IndexedMinHeap<>(n, recorder.watcher));
    String failure = null;
    try {
      for (int i = 0; i < n; i++) {
        int index = i;
        current[i] = items[i];
        recorder.entered[i] = true;
        recorder.run("insert " + items[i].label(), () -> heap.get().insert(index, items[index]), "");
      }
      for (int k = 0; k < lowered.size(); k++) {
        int index = lowered.get(k);
        TracedValue key = items[n + k];
        recorder.removed[current[index].id()] = true;
        recorder.entered[key.id()] = true;
        current[index] = key;
        recorder.run("decreaseKey " + key.label(), () -> heap.get().decreaseKey(index, key), "");
      }
      while (!heap.get().isEmpty()) {
        int[] polled = new int[1];
        recorder.run("pollMin", () -> polled[0] = heap.get().pollMin(), null);
        recorder.output.add(Integer.toString(polled[0]));
        recorder.removed[current[polled[0]].id()] = true;
        current[polled[0]] = null;
        recorder.finishOperation("pollMin", "returned index " + polled[0]);
      }
    } catch (ArrayWatcher.LimitReached stop) {
      failure = stop.getMessage();
    }
    String result = failure != null ? failure : "indices polled in order: " + String.join(", ", recorder.output);
    return new Trace(algorithm, title, Family.HEAP, "keys " + Arrays.toString(keys) + " of indices 0.." + (n - 1)
        + (lowered.isEmpty() ? "" : ", then keys of " + lowered + " lowered by " + drop), notes, JsonObject.create(),
        recorder.steps, result);
  }

  /**
   * Runs {@code operation} on a copy of {@code input}, a heap kept in a plain array (a learner's
   * {@code heapify}, sift or heap sort), and records every comparison.
   *
   * @param algorithm the algorithm's name
   * @param title the page heading
   * @param operationName what the operation is called in step texts ({@code "heapify"})
   * @param operation the code to watch, given the array and the order
   * @param input the array's starting values (not modified)
   * @param notes what a learner should know to read the trace
   * @return the trace
   * @throws NullPointerException if an argument is null
   */
  public static Trace inArray(String algorithm, String title, String operationName, ArraySorter operation,
      int[] input, List<String> notes) {
    Objects.requireNonNull(operation, "operation");
    TracedValue[] items = TracedValue.tag(input);
    TracedValue[] array = items.clone();
    Recorder recorder = new Recorder(items, () -> array, true);
    String failure = null;
    try {
      recorder.run(operationName, () -> operation.sort(array, recorder.watcher), "");
    } catch (ArrayWatcher.LimitReached stop) {
      failure = stop.getMessage();
    } catch (RuntimeException | StackOverflowError thrown) {
      failure = operationName + " threw " + thrown;
      recorder.finishOperation(operationName, failure);
    }
    String result = failure != null ? failure : operationName + ": " + recorder.watcher.comparisons() + " comparisons";
    return new Trace(algorithm, title, Family.HEAP, labels(items), notes, JsonObject.create(), recorder.steps,
        result);
  }

  /**
   * A learner's sift-up and sift-down on a min-heap kept in a plain array, as the
   * {@code heap-sift} exercise writes them.
   */
  public interface ArraySifts {
    /**
     * Moves {@code heap[index]} up to its place.
     *
     * @param heap the array
     * @param index the slot of the element to move up
     * @param order the order
     * @param <T> the type of elements
     */
    <T> void siftUp(T[] heap, int index, java.util.Comparator<? super T> order);

    /**
     * Moves {@code heap[index]} down to its place among the first {@code size} slots.
     *
     * @param heap the array
     * @param index the slot of the element to move down
     * @param size the number of elements in the heap
     * @param order the order
     * @param <T> the type of elements
     */
    <T> void siftDown(T[] heap, int index, int size, java.util.Comparator<? super T> order);
  }

  /**
   * Plays a list of actions on a min-heap kept in a plain array, as the {@code heap-sift}
   * exercise's tests do: an action of 0 or more pushes that value (put in the first free slot,
   * then {@code siftUp}); a negative action pops the minimum (the last element moves to the root,
   * then {@code siftDown}), or does nothing when the heap is empty. Every comparison is a step.
   *
   * @param algorithm the algorithm's name
   * @param title the page heading
   * @param sifts the code to watch
   * @param actions the actions, in order
   * @param notes what a learner should know to read the trace
   * @return the trace; its result lists the values popped, in order
   * @throws NullPointerException if an argument is null
   */
  public static Trace pushAndPop(String algorithm, String title, ArraySifts sifts, int[] actions,
      List<String> notes) {
    Objects.requireNonNull(sifts, "sifts");
    TracedValue[] items = TracedValue.tag(Arrays.stream(actions).filter(a -> a >= 0).toArray());
    TracedValue[] array = new TracedValue[items.length];
    int[] size = {0};
    Recorder recorder = new Recorder(items, () -> Arrays.copyOf(array, size[0]), false);
    String failure = null;
    int next = 0;
    try {
      for (int action : actions) {
        if (action >= 0) {
          TracedValue item = items[next++];
          recorder.entered[item.id()] = true;
          array[size[0]] = item;
          int slot = size[0]++;
          recorder.run("push " + item.label(), () -> sifts.siftUp(array, slot, recorder.watcher), "");
        } else if (size[0] > 0) {
          TracedValue minimum = array[0];
          recorder.begin("pop");
          recorder.removed[minimum.id()] = true;
          recorder.output.add(minimum.label());
          array[0] = array[--size[0]];
          array[size[0]] = null;
          recorder.finishOperation("pop", "took " + minimum.label() + " from the root" + (size[0] == 0 ? ""
              : "; the last element, " + array[0].label() + ", moves to the root"));
          recorder.run("pop", () -> sifts.siftDown(array, 0, size[0], recorder.watcher), "");
        }
      }
    } catch (ArrayWatcher.LimitReached stop) {
      failure = stop.getMessage();
    } catch (RuntimeException | StackOverflowError thrown) {
      failure = "threw " + thrown;
      recorder.finishOperation("stopped", failure);
    }
    String result = failure != null ? failure : "popped in order: " + String.join(", ", recorder.output);
    return new Trace(algorithm, title, Family.HEAP, "actions " + Arrays.toString(actions), notes, JsonObject.create(),
        recorder.steps, result);
  }

  private static String labels(TracedValue[] items) {
    return Arrays.toString(Arrays.stream(items).map(TracedValue::label).toArray());
  }

  /** Turns the watcher's observations into heap steps, one operation at a time. */
  private static final class Recorder {
    final List<Step> steps = new ArrayList<>();
    final List<String> output = new ArrayList<>();
    final ArrayWatcher watcher;
    private final TracedValue[] items;
    private final Set<Integer> path = new LinkedHashSet<>();
    private String operation = "";
    /** Elements in the heap's care: offered (or in the array from the start), not yet polled. */
    final boolean[] entered;
    final boolean[] removed;

    Recorder(TracedValue[] items, Supplier<Object[]> view, boolean inArray) {
      this.items = items;
      this.entered = new boolean[items.length];
      this.removed = new boolean[items.length];
      Arrays.fill(entered, inArray);
      this.watcher = new ArrayWatcher(items, view, "h", seen -> {
        for (int slot : seen.compared()) {
          if (slot >= 0) {
            path.add(slot);
          }
        }
        steps.add(new Step(operation + ": " + seen.event(), seen.effect(),
            state(seen.ids(), seen.compared(), seen.moved())));
      });
      steps.add(new Step("start", "", state(watcher.snapshot(), new int[0], new int[0])));
    }

    /** Runs one operation; a non-null {@code done} text closes it with a step of its own. */
    void begin(String name) {
      operation = name;
      path.clear();
    }

    void run(String name, Runnable body, String done) {
      begin(name);
      int before = steps.size();
      body.run();
      watcher.close();
      // A closing step only when the operation showed nothing yet, or changed slots after its last comparison.
      if (done != null && (steps.size() == before || !Arrays.equals(watcher.snapshot(), lastIds()))) {
        finishOperation(name, done);
      }
    }

    private int[] lastIds() {
      HeapState state = (HeapState) steps.get(steps.size() - 1).state();
      return state.ids().stream().mapToInt(Integer::intValue).toArray();
    }

    void finishOperation(String name, String done) {
      int[] moved = watcher.takeChanges();
      String text = done.isEmpty() ? describe(moved) : done;
      steps.add(new Step(name, text, state(watcher.snapshot(), new int[0], moved)));
    }

    private String describe(int[] moved) {
      int[] ids = watcher.snapshot();
      if (moved.length == 0) {
        return "done, no further move";
      }
      List<String> writes = new ArrayList<>();
      for (int slot : moved) {
        writes.add("h[" + slot + "] ← " + (ids[slot] < 0 ? "null" : items[ids[slot]].label()));
      }
      return String.join(", ", writes);
    }

    private HeapState state(int[] ids, int[] compared, int[] moved) {
      List<Integer> idList = new ArrayList<>();
      List<String> labels = new ArrayList<>();
      boolean[] present = new boolean[items.length];
      for (int id : ids) {
        idList.add(id);
        labels.add(id < 0 ? "null" : items[id].label());
        if (id >= 0) {
          present[id] = true;
        }
      }
      List<String> held = new ArrayList<>();
      for (int id = 0; id < items.length; id++) {
        if (!present[id] && entered[id] && !removed[id]) {
          held.add(items[id].label());
        }
      }
      return new HeapState(operation, idList, labels, boxed(compared), boxed(moved), List.copyOf(path), held,
          output, watcher.comparisons());
    }

    private static List<Integer> boxed(int[] ints) {
      return Arrays.stream(ints).boxed().toList();
    }
  }
}
