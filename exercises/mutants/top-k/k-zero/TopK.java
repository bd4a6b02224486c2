// verdict: failing
// mistake: Forgets the k = 0 case, and a PriorityQueue of capacity 0 throws.
package io.github.dsalab.exercises.heap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/** Reference solution of the top-k exercise (the statement is in the stub). */
public final class TopK {
  private TopK() {}

  /**
   * Returns the k largest elements, largest first.
   *
   * @param values the elements (not modified)
   * @param k how many to return, 0 or more
   * @param order the order
   * @param <T> the type of elements
   * @return a new list of {@code min(k, values.size())} elements, largest first
   * @throws IllegalArgumentException if {@code k} is negative
   */
  public static <T> List<T> topK(List<T> values, int k, Comparator<? super T> order) {
    if (k < 0) {
      throw new IllegalArgumentException("k = " + k + " is negative; it must be 0 or more");
    }
    // A min-heap of the k largest so far: a new element only gets in if it beats the root.
    PriorityQueue<T> largest = new PriorityQueue<>(k, order);
    for (T value : values) {
      if (largest.size() < k) {
        largest.add(value);
      } else if (order.compare(value, largest.peek()) > 0) {
        largest.poll();
        largest.add(value);
      }
    }
    List<T> result = new ArrayList<>(largest);
    result.sort(order.reversed());
    return result;
  }
}
