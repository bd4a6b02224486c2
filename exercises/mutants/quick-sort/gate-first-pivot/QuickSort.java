// verdict: too-slow
// mistake: Takes the first element as pivot: quadratic on reversed input.
// gate: reversed
// Three-way partition and a shallow stack, but the first element as pivot: quadratic on reversed
// input (the partition, swapping larger elements to the end, scrambles sorted input a little).
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
      T pivot = values[from];
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

  private static <T> void swap(T[] values, int i, int j) {
    T swap = values[i];
    values[i] = values[j];
    values[j] = swap;
  }
}
