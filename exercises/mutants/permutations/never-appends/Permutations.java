// verdict: failing
// mistake: Inserts each item at every position but the last (position < size), so orderings are missing.
package io.github.dsalab.exercises.complexity;

import java.util.ArrayList;
import java.util.List;

/** Reference solution of the permutations drill (the statement is in the stub). */
public final class Permutations {
  private Permutations() {}

  /**
   * Returns every ordering of {@code items}.
   *
   * @param items distinct items
   * @param <T> the type of items
   * @return the n! orderings, each a new list
   */
  public static <T> List<List<T>> permutations(List<T> items) {
    List<List<T>> all = new ArrayList<>();
    all.add(new ArrayList<>());
    // Insert each next item at every position of every ordering of the items before it:
    // k orderings of k-1 items become k! orderings of k items.
    for (T item : items) {
      List<List<T>> longer = new ArrayList<>();
      for (List<T> ordering : all) {
        for (int position = 0; position < ordering.size(); position++) {
          List<T> copy = new ArrayList<>(ordering);
          copy.add(position, item);
          longer.add(copy);
        }
      }
      all = longer;
    }
    return all;
  }
}
