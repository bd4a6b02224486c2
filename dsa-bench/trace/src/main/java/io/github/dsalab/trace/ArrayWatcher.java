package io.github.dsalab.trace;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A tracing comparator that watches an array: at every comparison it reads the array (through a
 * view, so it may be a heap's internal array seen through {@code toArray()}), and reports one
 * {@link Observation} per comparison: what was compared, where the two elements were, and which
 * slots changed before the next comparison. Sort and heap tracers turn observations into steps.
 *
 * <p>An element compared in two comparisons in a row is the <em>key</em> of that run (a pivot,
 * the element being inserted or sifted, the running minimum); the span is the range of slots it
 * was compared with in the run. An element not in the array when compared is <em>held</em>
 * (in a merge buffer, or lifted out while others shift).
 *
 * <p>Cost: {@code O(n)} per comparison, to read the array. Not thread-safe.
 *
 * <pre>{@code
 * ArrayWatcher watcher = new ArrayWatcher(items, () -> array, "a", observations::add);
 * InsertionSort.sort(array, watcher);
 * watcher.close();
 * }</pre>
 */
public final class ArrayWatcher implements Comparator<TracedValue> {
  /** Traces stop here: a quadratic sort of 64 elements needs 2,016; more means a runaway loop. */
  public static final int MAX_COMPARISONS = 20_000;

  private final TracedValue[] items;
  private final Supplier<Object[]> view;
  private final String name;
  private final Consumer<Observation> listener;
  private int[] before;
  private int[] last;
  private String pendingEvent;
  private int[] pendingCompared;
  private int keyId = -1;
  private int previousFirst = -1;
  private int previousSecond = -1;
  private int previousFirstSlot = -1;
  private int previousSecondSlot = -1;
  private int[] span = new int[0];
  private long comparisons;
  private long writes;

  /**
   * What one comparison showed, and what the watched code did after it.
   *
   * @param event the comparison, e.g. {@code "compare a[3]=9 with a[7]=2"}
   * @param effect the slots that changed before the next comparison, e.g. {@code "swap a[3] ↔ a[7]"}
   * @param ids the array after the effect, by element identity (-1 for null)
   * @param compared the slots of the two compared elements, -1 for a held one
   * @param moved the slots that changed since the previous observation (before or after the comparison)
   * @param keySlot where the key of this run is now, or -1
   * @param span the first and last slot compared against the key in this run, or empty
   * @param comparisons comparisons so far
   * @param writes slot changes so far
   */
  public record Observation(
      String event, String effect, int[] ids, int[] compared, int[] moved, int keySlot, int[] span,
      long comparisons, long writes) {}

  /** Thrown from {@link #compare} after {@value #MAX_COMPARISONS} comparisons, to end a runaway loop. */
  public static final class LimitReached extends RuntimeException {
    private static final long serialVersionUID = 1L;

    LimitReached() {
      super("stopped after " + MAX_COMPARISONS + " comparisons (a loop that never ends?)", null, false, false);
    }
  }

  /**
   * Creates a watcher.
   *
   * @param items every element that may appear, indexed by id
   * @param view returns the array as it is now (it may be a copy, and may change length)
   * @param name the array's name in step texts: {@code "a"} gives {@code "a[3]=9"}
   * @param listener receives an observation when the next comparison starts, or at {@link #close()}
   * @throws NullPointerException if an argument is null
   */
  public ArrayWatcher(TracedValue[] items, Supplier<Object[]> view, String name, Consumer<Observation> listener) {
    this.items = Objects.requireNonNull(items, "items");
    this.view = Objects.requireNonNull(view, "view");
    this.name = Objects.requireNonNull(name, "name");
    this.listener = Objects.requireNonNull(listener, "listener");
    last = snapshot();
  }

  @Override
  public int compare(TracedValue a, TracedValue b) {
    int[] now = snapshot();
    close(now);
    if (comparisons == MAX_COMPARISONS) {
      throw new LimitReached();
    }
    comparisons++;
    int i = slotOf(a.id(), now);
    int j = slotOf(b.id(), now);
    int shared = a.id() == previousFirst || a.id() == previousSecond ? a.id()
        : b.id() == previousFirst || b.id() == previousSecond ? b.id() : -1;
    if (shared < 0 || shared != keyId) {
      // A new run: it began with the previous comparison, whose other slot belongs to the span.
      int first = shared == previousFirst ? previousSecondSlot : previousFirstSlot;
      span = shared < 0 || first < 0 ? new int[0] : new int[] {first, first};
    }
    int other = shared == a.id() ? j : i;
    if (shared >= 0 && other >= 0) {
      span = span.length == 0 ? new int[] {other, other}
          : new int[] {Math.min(span[0], other), Math.max(span[1], other)};
    }
    keyId = shared;
    previousFirst = a.id();
    previousSecond = b.id();
    previousFirstSlot = i;
    previousSecondSlot = j;
    pendingCompared = new int[] {i, j};
    pendingEvent = "compare " + describe(a, i) + " with " + describe(b, j);
    before = now;
    return TracedValue.BY_VALUE.compare(a, b);
  }

  /**
   * Reports the open comparison, if any, with the changes made since; then forgets the current
   * key, as at the end of an operation.
   */
  public void close() {
    close(snapshot());
    keyId = -1;
    previousFirst = -1;
    previousSecond = -1;
    span = new int[0];
  }

  /**
   * Returns the slots that changed since the last observation was reported (or since creation),
   * and takes them as seen: use it for the changes an operation makes with no comparison.
   *
   * @return the changed slots
   */
  public int[] takeChanges() {
    int[] now = snapshot();
    int[] moved = changedSlots(last, now);
    writes += moved.length;
    last = now;
    return moved;
  }

  /**
   * Returns the array as it is now, by element identity.
   *
   * @return the ids, -1 for a null slot
   */
  public int[] snapshot() {
    Object[] array = view.get();
    int[] ids = new int[array.length];
    for (int k = 0; k < array.length; k++) {
      ids[k] = array[k] == null ? -1 : ((TracedValue) array[k]).id();
    }
    return ids;
  }

  /**
   * Returns the number of comparisons so far.
   *
   * @return the count
   */
  public long comparisons() {
    return comparisons;
  }

  /**
   * Returns the number of slot changes seen so far.
   *
   * @return the count
   */
  public long writes() {
    return writes;
  }

  /**
   * Returns the slot of element {@code id} in {@code ids}: its first occurrence, or -1.
   *
   * @param id an element id
   * @param ids an array by identity
   * @return the slot, or -1 if the element is not there
   */
  public static int slotOf(int id, int[] ids) {
    for (int k = 0; k < ids.length; k++) {
      if (ids[k] == id) {
        return k;
      }
    }
    return -1;
  }

  private String describe(TracedValue value, int slot) {
    return slot < 0 ? value.label() + " (held)" : name + "[" + slot + "]=" + value.label();
  }

  private void close(int[] now) {
    if (pendingEvent == null) {
      return;
    }
    int[] afterComparison = changedSlots(before, now);
    // Moved also counts what the code wrote before this comparison and after the last report (an
    // element put in a free slot, then compared): the step's picture must account for every change.
    int[] sinceLast = changedSlots(last, now);
    writes += sinceLast.length;
    last = now;
    int keySlot = keyId < 0 ? -1 : slotOf(keyId, now);
    listener.accept(new Observation(pendingEvent, effect(before, now, afterComparison), now, pendingCompared,
        sinceLast, keySlot, span, comparisons, writes));
    pendingEvent = null;
  }

  private static int[] changedSlots(int[] from, int[] to) {
    int count = 0;
    int length = Math.max(from.length, to.length);
    int[] slots = new int[length];
    for (int k = 0; k < length; k++) {
      int old = k < from.length ? from[k] : -2;
      int now = k < to.length ? to[k] : -2;
      if (old != now && now != -2) {
        slots[count++] = k;
      }
    }
    return Arrays.copyOf(slots, count);
  }

  private String effect(int[] from, int[] to, int[] moved) {
    if (moved.length == 0) {
      return "no move";
    }
    if (moved.length == 2 && from.length > moved[1] && from[moved[0]] == to[moved[1]] && from[moved[1]] == to[moved[0]]) {
      return "swap " + name + "[" + moved[0] + "] ↔ " + name + "[" + moved[1] + "]";
    }
    StringJoiner text = new StringJoiner(", ");
    int shown = Math.min(moved.length, 4);
    for (int k = 0; k < shown; k++) {
      int slot = moved[k];
      int id = to[slot];
      String label = id < 0 ? "null" : items[id].label();
      int source = id < 0 ? -1 : slotOf(id, from);
      text.add(name + "[" + slot + "] ← " + label + (source < 0 ? " (held)" : " (from " + name + "[" + source + "])"));
    }
    if (moved.length > shown) {
      text.add("and " + (moved.length - shown) + " more");
    }
    return text.toString();
  }
}
