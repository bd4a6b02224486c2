// verdict: exited
// mistake: Ends the whole program with System.exit when the list is empty instead of throwing.
package io.github.dsalab.exercises.complexity;

import java.util.List;
import java.util.NoSuchElementException;

/** Reference solution of the lower-median drill (the statement is in the stub). */
public final class LowerMedian {
  private LowerMedian() {}

  /**
   * Returns the lower median of {@code sorted}.
   *
   * @param sorted a list in ascending order, with fast {@code get(i)}
   * @param <T> the type of elements
   * @return the lower median
   * @throws NoSuchElementException if {@code sorted} is empty
   */
  public static <T> T lowerMedian(List<T> sorted) {
    if (sorted.isEmpty()) {
      System.exit(1);
    }
    // One index computation and one read, whatever the size: that is what O(1) means.
    return sorted.get((sorted.size() - 1) / 2);
  }
}
