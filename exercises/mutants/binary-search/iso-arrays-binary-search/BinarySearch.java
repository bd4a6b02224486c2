// verdict: shortcut
// mistake: Hands the search to java.util.Arrays.binarySearch instead of writing it.
package io.github.dsalab.exercises.search;

import java.util.Comparator;
import java.util.OptionalInt;

/** A learner's attempt: calls the JDK's binary search. */
public final class BinarySearch {
  private BinarySearch() {}

  public static <T> OptionalInt indexOf(T[] sorted, T key, Comparator<? super T> order) {
    int found = java.util.Arrays.binarySearch(sorted, key, order);
    return found < 0 ? OptionalInt.empty() : OptionalInt.of(found);
  }
}
