// verdict: stack-overflow
// mistake: Stops the recursion only on empty ranges, so a one-element range splits into itself forever.
package io.github.dsalab.exercises.sort;

import java.util.Arrays;
import java.util.Comparator;

/** Reference solution of the merge sort exercise (the statement is in the stub). */
public final class MergeSort {
  private MergeSort() {}

  /**
   * Sorts {@code values} in place, stably.
   *
   * @param values the array to sort
   * @param order the order to sort into
   * @param <T> the type of elements
   */
  public static <T> void sort(T[] values, Comparator<? super T> order) {
    T[] buffer = Arrays.copyOf(values, values.length);
    sort(values, buffer, 0, values.length, order);
  }

  /** Sorts values[from, to); the recursion depth is log2(n), so deep stacks are no risk. */
  private static <T> void sort(T[] values, T[] buffer, int from, int to, Comparator<? super T> order) {
    if (to - from < 1) {
      return;
    }
    int middle = (from + to) >>> 1;
    sort(values, buffer, from, middle, order);
    sort(values, buffer, middle, to, order);
    System.arraycopy(values, from, buffer, from, to - from);
    int left = from;
    int right = middle;
    for (int i = from; i < to; i++) {
      // "<= 0" takes from the left on ties: that is what makes the sort stable.
      if (right >= to || (left < middle && order.compare(buffer[left], buffer[right]) <= 0)) {
        values[i] = buffer[left++];
      } else {
        values[i] = buffer[right++];
      }
    }
  }
}
