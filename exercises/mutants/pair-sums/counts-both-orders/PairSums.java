// verdict: failing
// mistake: Starts j at 0, so every pair is counted twice (and positions paired with themselves).
package io.github.dsalab.exercises.complexity;

import java.util.List;

/** Reference solution of the pairs drill (the statement is in the stub). */
public final class PairSums {
  private PairSums() {}

  /**
   * Counts pairs of positions whose values add up to {@code target}.
   *
   * @param values the values
   * @param target the sum to look for
   * @return the number of pairs {@code i < j} with {@code values[i] + values[j] == target}
   */
  public static long countPairs(List<Integer> values, int target) {
    long pairs = 0;
    // j starts after i: each pair of positions is looked at exactly once, n(n-1)/2 in all.
    for (int i = 0; i < values.size(); i++) {
      int first = values.get(i);
      for (int j = 0; j < values.size(); j++) {
        if ((long) first + values.get(j) == target) {
          pairs++;
        }
      }
    }
    return pairs;
  }
}
