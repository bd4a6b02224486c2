// verdict: failing
// mistake: Forgets to check that k is a valid rank, so a bad k fails deep inside with the wrong exception.
package io.github.dsalab.exercises.sort;

import java.util.Comparator;
import java.util.Objects;
import java.util.Random;

/** Reference solution of the quickselect exercise (the statement is in the stub). */
public final class QuickSelect {
  private QuickSelect() {}

  /**
   * Returns the k-th smallest element (0-based).
   *
   * @param values the elements; may be reordered
   * @param k the rank, from 0 to {@code values.length - 1}
   * @param order the order
   * @param <T> the type of elements
   * @return the element of rank k
   * @throws IndexOutOfBoundsException if {@code k} is not between 0 and {@code values.length - 1}
   */
  public static <T> T kthSmallest(T[] values, int k, Comparator<? super T> order) {
    Random random = new Random(values.length);
    int from = 0;
    int to = values.length;
    // Invariant: the element of rank k is in values[from, to).
    while (true) {
      T pivot = values[from + random.nextInt(to - from)];
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
      if (k < less) {
        to = less;
      } else if (k >= greater) {
        from = greater;
      } else {
        return pivot;
      }
    }
  }

  private static <T> void swap(T[] values, int i, int j) {
    T swap = values[i];
    values[i] = values[j];
    values[j] = swap;
  }
}
