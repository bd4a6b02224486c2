// verdict: out-of-memory
// mistake: Allocates an array as large as the values instead of the input.
package io.github.dsalab.exercises.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Comparator;
import java.util.OptionalInt;

/** A learner's attempt: keeps a record of every pass of a loop that never ends. */
public final class BinarySearch {
  private BinarySearch() {}

  public static <T> OptionalInt indexOf(T[] sorted, T key, Comparator<? super T> order) {
    List<long[]> seen = new ArrayList<>();
    int low = 0;
    int high = sorted.length;
    while (low < high) {
      seen.add(new long[1 << 20]);
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
