// verdict: exited
// mistake: Ends the JVM with Runtime.halt when the array is empty.
package io.github.dsalab.exercises.search;

import java.util.Comparator;
import java.util.OptionalInt;

/** A learner's attempt: halts the JVM on an empty array. */
public final class BinarySearch {
  private BinarySearch() {}

  public static <T> OptionalInt indexOf(T[] sorted, T key, Comparator<? super T> order) {
    if (sorted.length == 0) {
      Runtime.getRuntime().halt(0);
    }
    return OptionalInt.empty();
  }
}
