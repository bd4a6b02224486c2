// verdict: exited
// mistake: Calls System.exit when the array is empty instead of returning.
package io.github.dsalab.exercises.search;

import java.util.Comparator;
import java.util.OptionalInt;

/** A learner's attempt: gives up on an empty array by ending the program. */
public final class BinarySearch {
  private BinarySearch() {}

  public static <T> OptionalInt indexOf(T[] sorted, T key, Comparator<? super T> order) {
    if (sorted.length == 0) {
      System.exit(0);
    }
    for (int i = 0; i < sorted.length; i++) {
      if (order.compare(sorted[i], key) == 0) {
        return OptionalInt.of(i);
      }
    }
    return OptionalInt.empty();
  }
}
