// verdict: out-of-memory
// mistake: Sizes its scratch copy for the largest array Java allows instead of the input's length.
package io.github.dsalab.exercises.search;

import java.util.Comparator;
import java.util.OptionalInt;

/**
 * A learner's attempt: copies the input into a buffer "big enough for anything" first. The buffer
 * asks for far more than the checker's heap at once, so the run ends on the first call, however
 * slowly the machine hands out memory (an earlier version of this case grew its memory 8 MiB at a
 * time and, on a fresh machine, reached the time limit before the memory limit).
 */
public final class BinarySearch {
  private static final int ROOM = Integer.MAX_VALUE / 4;

  private BinarySearch() {}

  public static <T> OptionalInt indexOf(T[] sorted, T key, Comparator<? super T> order) {
    Object[] copy = new Object[ROOM];
    System.arraycopy(sorted, 0, copy, 0, sorted.length);
    int low = 0;
    int high = sorted.length;
    while (low < high) {
      int middle = (low + high) >>> 1;
      @SuppressWarnings("unchecked")
      T probe = (T) copy[middle];
      int c = order.compare(probe, key);
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
