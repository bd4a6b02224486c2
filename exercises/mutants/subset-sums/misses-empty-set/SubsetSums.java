// verdict: failing
// mistake: Starts the masks at 1, forgetting that the empty subset sums to 0.
package io.github.dsalab.exercises.complexity;

import java.util.List;

/** Reference solution of the subsets drill (the statement is in the stub). */
public final class SubsetSums {
  private SubsetSums() {}

  /**
   * Counts the subsets of positions whose values add up to {@code target}.
   *
   * @param values at most 20 values
   * @param target the sum to look for
   * @return the number of such subsets
   */
  public static long countSubsets(List<Integer> values, int target) {
    int n = values.size();
    long count = 0;
    // Bit i of mask says whether position i is in the subset: the 2^n masks are the 2^n subsets.
    for (long mask = 1; mask < (1L << n); mask++) {
      long sum = 0;
      for (int i = 0; i < n; i++) {
        if ((mask & (1L << i)) != 0) {
          sum += values.get(i);
        }
      }
      if (sum == target) {
        count++;
      }
    }
    return count;
  }
}
