// verdict: failing
// mistake: Runs a plain binary search, as if the array were not rotated.
package io.github.dsalab.exercises.search;

import java.util.Comparator;
import java.util.OptionalInt;

/** A wrong solution kept for the checker's own tests; see the mistake line above. */
public final class RotatedSearch {
  private RotatedSearch() {}

  public static <T> OptionalInt indexOf(T[] rotated, T key, Comparator<? super T> order) {
    int low = 0;
    int high = rotated.length;
    while (low < high) {
      int middle = (low + high) >>> 1;
      int c = order.compare(rotated[middle], key);
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
