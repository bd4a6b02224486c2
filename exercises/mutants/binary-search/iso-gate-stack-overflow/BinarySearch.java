// verdict: stack-overflow
// mistake: Recurses once per element instead of halving, so large inputs overflow the stack.
package io.github.dsalab.exercises.search;

import java.util.Comparator;
import java.util.OptionalInt;

/** A learner's attempt: a linear search written as recursion, one call per element. */
public final class BinarySearch {
  private BinarySearch() {}

  public static <T> OptionalInt indexOf(T[] sorted, T key, Comparator<? super T> order) {
    return from(sorted, key, order, 0);
  }

  private static <T> OptionalInt from(T[] sorted, T key, Comparator<? super T> order, int index) {
    if (index == sorted.length) {
      return OptionalInt.empty();
    }
    if (order.compare(sorted[index], key) == 0) {
      return OptionalInt.of(index);
    }
    return from(sorted, key, order, index + 1);
  }
}
