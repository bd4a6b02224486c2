// verdict: timed-out
// mistake: Never moves low or high on some branch, so the loop never ends.
package io.github.dsalab.exercises.search;

import java.util.Comparator;
import java.util.OptionalInt;

/** A learner's attempt: low = middle never moves past a two-element range. */
public final class BinarySearch {
  private BinarySearch() {}

  public static <T> OptionalInt indexOf(T[] sorted, T key, Comparator<? super T> order) {
    int low = 0;
    int high = sorted.length;
    while (low < high) {
      int middle = (low + high) >>> 1;
      int c = order.compare(sorted[middle], key);
      if (c == 0) {
        return OptionalInt.of(middle);
      } else if (c < 0) {
        low = middle;
      } else {
        high = middle;
      }
    }
    return OptionalInt.empty();
  }
}
