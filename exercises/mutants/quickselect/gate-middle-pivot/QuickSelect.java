// verdict: too-slow
// mistake: Takes the middle element as pivot: quadratic on an adversarial input.
// gate: adversary
// The middle element as pivot: linear on shuffled and sorted input, quadratic on the input an
// adversary builds against it.
package io.github.dsalab.exercises.sort;

import java.util.Comparator;
import java.util.Objects;

public final class QuickSelect {
  private QuickSelect() {}

  public static <T> T kthSmallest(T[] values, int k, Comparator<? super T> order) {
    Objects.checkIndex(k, values.length);
    int from = 0;
    int to = values.length;
    while (true) {
      T pivot = values[(from + to) >>> 1];
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
