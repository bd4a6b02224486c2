// verdict: too-slow
// mistake: Tries every start extended to every end instead of Kadane's single pass: O(n²).
package io.github.dsalab.exercises.complexity;

import java.util.List;
import java.util.NoSuchElementException;

/** Correct but slow: every start, extended to every end, O(n²). The gate must reject it. */
public final class MaximumSubarray {
  private MaximumSubarray() {}

  public static long maxSum(List<Integer> values) {
    if (values.isEmpty()) {
      throw new NoSuchElementException("empty");
    }
    long best = Long.MIN_VALUE;
    for (int start = 0; start < values.size(); start++) {
      long sum = 0;
      for (int end = start; end < values.size(); end++) {
        sum += values.get(end);
        best = Math.max(best, sum);
      }
    }
    return best;
  }
}
