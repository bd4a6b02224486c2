// verdict: shortcut
// mistake: Calls dsa-core's BinarySearch.lowerBound instead of writing the search.
package io.github.dsalab.exercises.search;

import io.github.dsalab.search.BinarySearch;
import java.util.Comparator;

/** A wrong solution kept for the checker's own tests; see the mistake line above. */
public final class LowerBound {
  private LowerBound() {}

  public static <T> int lowerBound(T[] sorted, T key, Comparator<? super T> order) {
    return BinarySearch.lowerBound(sorted, key, order);
  }
}
