// verdict: failing
// mistake: Turns the loop into an if when removing tail recursion, so the larger side is never sorted.
package io.github.dsalab.exercises.sort;

import java.util.Comparator;
import java.util.Random;

/** Reference solution of the quick sort exercise (the statement is in the stub). */
public final class QuickSort {
  private QuickSort() {}

  /**
   * Sorts {@code values} in place.
   *
   * @param values the array to sort
   * @param order the order to sort into
   * @param <T> the type of elements
   */
  public static <T> void sort(T[] values, Comparator<? super T> order) {
    // A fixed seed keeps runs reproducible; the pivot is still random with respect to the input.
    Random random = new Random(values.length);
    int from = 0;
    int to = values.length;
    sortRange(values, from, to, order, random);
  }

  private static <T> void sortRange(T[] values, int from, int to, Comparator<? super T> order, Random random) {
    if (to - from > 1) {
      T pivot = values[from + random.nextInt(to - from)];
      // Three-way partition (Dijkstra): [from, less) < pivot, [less, i) == pivot, [greater, to) > pivot.
      int less = from;
      int i = from;
      int greater = to;
      while (i < greater) {
        int c = order.compare(values[i], pivot);
        if (c < 0) {
          swap(values, less++, i++);
        } else if (c > 0) {
          swap(values, i, --greater);
        } else {
          i++;
        }
      }
      // Recurse into the smaller side, loop on the larger: the stack stays O(log n) deep.
      if (less - from < to - greater) {
        sortRange(values, from, less, order, random);
        from = greater;
      } else {
        sortRange(values, greater, to, order, random);
        to = less;
      }
    }
  }

  private static <T> void swap(T[] values, int i, int j) {
    T swap = values[i];
    values[i] = values[j];
    values[j] = swap;
  }
}
