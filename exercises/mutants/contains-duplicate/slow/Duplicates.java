// verdict: too-slow
// mistake: Compares every pair instead of sorting first: O(n²).
package io.github.dsalab.exercises.complexity;

import java.util.Comparator;
import java.util.List;

/** Correct but slow: compares every pair, O(n²). The gate must reject it. */
public final class Duplicates {
  private Duplicates() {}

  public static <T> boolean containsDuplicate(List<T> values, Comparator<? super T> order) {
    for (int i = 0; i < values.size(); i++) {
      for (int j = i + 1; j < values.size(); j++) {
        if (order.compare(values.get(i), values.get(j)) == 0) {
          return true;
        }
      }
    }
    return false;
  }
}
