// verdict: failing
// mistake: Uses a one-item list as the base case, so the empty list gets no ordering at all instead of one.
package io.github.dsalab.exercises.complexity;

import java.util.ArrayList;
import java.util.List;

/** A wrong solution kept for the checker's own tests; see the mistake line above. */
public final class Permutations {
  private Permutations() {}

  public static <T> List<List<T>> permutations(List<T> items) {
    List<List<T>> all = new ArrayList<>();
    if (items.size() == 1) {
      all.add(new ArrayList<>(items));
      return all;
    }
    for (int i = 0; i < items.size(); i++) {
      List<T> rest = new ArrayList<>(items);
      T first = rest.remove(i);
      for (List<T> ordering : permutations(rest)) {
        ordering.add(0, first);
        all.add(ordering);
      }
    }
    return all;
  }
}
