// verdict: too-slow
// mistake: Re-reads the whole list for every triple: O(n⁴).
package io.github.dsalab.exercises.complexity;

import java.util.List;

/** Correct but slow: re-reads the whole list for every triple, O(n⁴). The gate must reject it. */
public final class ZeroSumTriples {
  private ZeroSumTriples() {}

  public static long countTriples(List<Integer> values) {
    long triples = 0;
    int n = values.size();
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        for (int k = j + 1; k < n; k++) {
          long sum = 0;
          for (int m = 0; m < n; m++) {
            int value = values.get(m);
            sum += m == i || m == j || m == k ? value : 0;
          }
          if (sum == 0) {
            triples++;
          }
        }
      }
    }
    return triples;
  }
}
