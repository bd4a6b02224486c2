// verdict: too-slow
// mistake: Draws the pivot from a Random with a fixed seed, which an adversary can foresee.
// gate: adversary
// A random pivot, but from a generator with a fixed seed: the pivots are the same on every run,
// so an adversary that watches the comparisons builds an input that makes them all bad.
package io.github.dsalab.exercises.sort;

import java.util.Comparator;
import java.util.Random;

public final class QuickSort {
  private QuickSort() {}

  public static <T> void sort(T[] values, Comparator<? super T> order) {
    Random random = new Random(42);
    int from = 0;
    int to = values.length;
    sortRange(values, from, to, order, random);
  }

  private static <T> void sortRange(T[] values, int from, int to, Comparator<? super T> order, Random random) {
    while (to - from > 1) {
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
