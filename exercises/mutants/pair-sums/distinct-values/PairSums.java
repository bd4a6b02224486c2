// verdict: failing
// mistake: Counts pairs of distinct values (through a set) instead of pairs of positions.
package io.github.dsalab.exercises.complexity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A wrong solution kept for the checker's own tests; see the mistake line above. */
public final class PairSums {
  private PairSums() {}

  public static long countPairs(List<Integer> values, int target) {
    Set<Integer> seen = new HashSet<>(values);
    long pairs = 0;
    for (int value : seen) {
      int other = target - value;
      if (value < other && seen.contains(other)) {
        pairs++;
      }
    }
    return pairs;
  }
}
