// verdict: failing
// mistake: Reads one element past the end of the array on an absent key.
package io.github.dsalab.exercises.search;

import java.util.Comparator;
import java.util.OptionalInt;

/** A learner's attempt: high starts one past the end and is read. */
public final class BinarySearch {
  private BinarySearch() {}

  public static <T> OptionalInt indexOf(T[] sorted, T key, Comparator<? super T> order) {
    int low = 0;
    int high = sorted.length;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      int c = order.compare(sorted[middle], key);
      if (c == 0) {
        return OptionalInt.of(middle);
      } else if (c < 0) {
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return OptionalInt.empty();
  }
}
