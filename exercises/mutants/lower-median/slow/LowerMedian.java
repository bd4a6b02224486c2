// verdict: too-slow
// mistake: Walks to the middle with an iterator instead of indexing it: O(n) reads.
package io.github.dsalab.exercises.complexity;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/** Correct but slow: walks to the middle with an iterator, O(n) reads. The gate must reject it. */
public final class LowerMedian {
  private LowerMedian() {}

  public static <T> T lowerMedian(List<T> sorted) {
    if (sorted.isEmpty()) {
      throw new NoSuchElementException("empty");
    }
    Iterator<T> walk = sorted.iterator();
    T current = walk.next();
    for (int i = 0; i < (sorted.size() - 1) / 2; i++) {
      current = walk.next();
    }
    return current;
  }
}
