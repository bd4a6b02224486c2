// verdict: shortcut
// mistake: Calls dsa-core's own BinarySearch instead of writing the search.
package io.github.dsalab.exercises.search;

import java.util.Comparator;
import java.util.OptionalInt;

/** A wrong solution kept for the checker's own tests; see the mistake line above. */
public final class BinarySearch {
  private BinarySearch() {}

  public static <T> OptionalInt indexOf(T[] sorted, T key, Comparator<? super T> order) {
    int index = io.github.dsalab.search.BinarySearch.indexOf(sorted, key, order);
    return index >= 0 ? OptionalInt.of(index) : OptionalInt.empty();
  }
}
