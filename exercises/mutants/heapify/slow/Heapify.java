// verdict: too-slow
// mistake: Adds the elements one by one with sift-up instead of sifting down bottom-up: O(n log n).
package io.github.dsalab.exercises.heap;

import java.util.Comparator;

/** Correct but slow: adds the elements one by one with sift-up, O(n log n). The gate must reject it. */
public final class Heapify {
  private Heapify() {}

  public static <T> void heapify(T[] values, Comparator<? super T> order) {
    for (int i = 1; i < values.length; i++) {
      int index = i;
      T value = values[index];
      while (index > 0 && order.compare(value, values[(index - 1) / 2]) < 0) {
        values[index] = values[(index - 1) / 2];
        index = (index - 1) / 2;
      }
      values[index] = value;
    }
  }
}
