// verdict: failing
// mistake: Swaps items in one shared list and adds that same list each time, so every result is the same object.
package io.github.dsalab.exercises.complexity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A wrong solution kept for the checker's own tests; see the mistake line above. */
public final class Permutations {
  private Permutations() {}

  public static <T> List<List<T>> permutations(List<T> items) {
    List<List<T>> all = new ArrayList<>();
    permute(new ArrayList<>(items), 0, all);
    return all;
  }

  private static <T> void permute(List<T> current, int from, List<List<T>> all) {
    if (from == current.size()) {
      all.add(current);
      return;
    }
    for (int i = from; i < current.size(); i++) {
      Collections.swap(current, from, i);
      permute(current, from + 1, all);
      Collections.swap(current, from, i);
    }
  }
}
