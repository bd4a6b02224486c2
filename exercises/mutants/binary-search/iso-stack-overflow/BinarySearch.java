// verdict: stack-overflow
// mistake: Recurses without a base case for the empty range.
package io.github.dsalab.exercises.search;

import java.util.Comparator;
import java.util.OptionalInt;

/** A learner's attempt: recursion whose empty range never ends it (low > high instead of low >= high). */
public final class BinarySearch {
  private BinarySearch() {}

  public static <T> OptionalInt indexOf(T[] sorted, T key, Comparator<? super T> order) {
    return search(sorted, key, order, 0, sorted.length);
  }

  private static <T> OptionalInt search(T[] sorted, T key, Comparator<? super T> order, int low, int high) {
    if (low > high) {
      return OptionalInt.empty();
    }
    int middle = (low + high) >>> 1;
    if (middle == sorted.length) {
      return search(sorted, key, order, low, high);
    }
    int c = order.compare(sorted[middle], key);
    if (c == 0) {
      return OptionalInt.of(middle);
    }
    return c < 0 ? search(sorted, key, order, middle + 1, high) : search(sorted, key, order, low, middle);
  }
}
