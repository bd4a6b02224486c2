// verdict: too-slow
// mistake: Takes the median of first, middle and last as pivot: quadratic on McIlroy's adversary.
// gate: adversary
// Median of the first, middle and last element as pivot: fine on shuffled, sorted, reversed and
// equal input, quadratic on the input McIlroy's adversary builds against it.
package io.github.dsalab.exercises.sort;

import java.util.Comparator;

public final class QuickSort {
  private QuickSort() {}

  public static <T> void sort(T[] values, Comparator<? super T> order) {

    int from = 0;
    int to = values.length;
    sortRange(values, from, to, order);
  }

  private static <T> void sortRange(T[] values, int from, int to, Comparator<? super T> order) {
    while (to - from > 1) {
      T pivot = medianOfThree(values, from, to, order);
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
      if (less - from < to - greater) {
        sortRange(values, from, less, order);
        from = greater;
      } else {
        sortRange(values, greater, to, order);
        to = less;
      }
    }
  }

  private static <T> T medianOfThree(T[] values, int from, int to, Comparator<? super T> order) {
    T a = values[from];
    T b = values[(from + to) >>> 1];
    T c = values[to - 1];
    if (order.compare(a, b) > 0) {
      T swap = a;
      a = b;
      b = swap;
    }
    if (order.compare(b, c) > 0) {
      b = c;
    }
    return order.compare(a, b) > 0 ? a : b;
  }

  private static <T> void swap(T[] values, int i, int j) {
    T swap = values[i];
    values[i] = values[j];
    values[j] = swap;
  }
}
