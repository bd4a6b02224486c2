// verdict: failing
// mistake: Leaves out the early exit, so even sorted input costs n(n-1)/2 comparisons.
package io.github.dsalab.exercises.sort;
import java.util.Comparator;
/** Correct but slow on sorted input: no early exit, always n(n-1)/2 comparisons. The gate must reject it. */
public final class BubbleSort {
  private BubbleSort() {}
  /**
   * Sorts {@code values} in place, stably.
   *
   * @param values the array to sort
   * @param order the order to sort into
   * @param <T> the type of elements
   */
  public static <T> void sort(T[] values, Comparator<? super T> order) {
    // After each pass the largest remaining element has bubbled to position end - 1.
    for (int end = values.length; end > 1; end--) {
      for (int i = 1; i < end; i++) {
        if (order.compare(values[i - 1], values[i]) > 0) {
          T swap = values[i - 1];
          values[i - 1] = values[i];
          values[i] = swap;
        }
      }
    }
  }
}
