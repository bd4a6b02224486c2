// verdict: failing
// mistake: Starts high at length - 1 but loops while low < high, so the last element is never compared.
package io.github.dsalab.exercises.search;

import java.util.Comparator;
import java.util.OptionalInt;

/** Reference solution of the binary search exercise (the statement is in the stub). */
public final class BinarySearch {
  private BinarySearch() {}

  /**
   * Finds {@code key} in {@code sorted}.
   *
   * @param sorted distinct elements in ascending order
   * @param key the element to find
   * @param order the order {@code sorted} is in
   * @param <T> the type of elements
   * @return the index of {@code key}, or empty if it is absent
   */
  public static <T> OptionalInt indexOf(T[] sorted, T key, Comparator<? super T> order) {
    // Invariant: if key is present, its index is in [low, high).
    int low = 0;
    int high = sorted.length - 1;
    while (low < high) {
      int middle = (low + high) >>> 1;
      int c = order.compare(sorted[middle], key);
      if (c == 0) {
        return OptionalInt.of(middle);
      } else if (c < 0) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return OptionalInt.empty();
  }
}
