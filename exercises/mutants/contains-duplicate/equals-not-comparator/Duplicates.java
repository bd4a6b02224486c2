// verdict: failing
// mistake: Decides equality with equals() instead of the comparator it was given.
package io.github.dsalab.exercises.complexity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Reference solution of the duplicates drill (the statement is in the stub). */
public final class Duplicates {
  private Duplicates() {}

  /**
   * Tells whether two elements compare equal.
   *
   * @param values the elements (not modified)
   * @param order the order that decides equality ({@code compare == 0})
   * @param <T> the type of elements
   * @return true if some two elements compare equal
   */
  public static <T> boolean containsDuplicate(List<T> values, Comparator<? super T> order) {
    List<T> sorted = new ArrayList<>(values);
    sorted.sort(order);
    // After sorting, equal elements are neighbours: one more linear pass finds them.
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i - 1).equals(sorted.get(i))) {
        return true;
      }
    }
    return false;
  }
}
