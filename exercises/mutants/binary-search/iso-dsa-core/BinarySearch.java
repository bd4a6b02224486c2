// verdict: shortcut
// mistake: Calls dsa-core's own BinarySearch.indexOf instead of writing the search.
package io.github.dsalab.exercises.search;

import java.util.Comparator;
import java.util.OptionalInt;

/** A learner's attempt: calls dsa-core's own binary search. */
public final class BinarySearch {
  private BinarySearch() {}

  public static <T> OptionalInt indexOf(T[] sorted, T key, Comparator<? super T> order) {
    int found = io.github.dsalab.search.BinarySearch.indexOf(sorted, key, order);
    return found < 0 ? OptionalInt.empty() : OptionalInt.of(found);
  }
}
