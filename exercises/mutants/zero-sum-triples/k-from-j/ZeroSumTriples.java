// verdict: failing
// mistake: Starts k at j instead of j + 1, so a position can be used twice in one triple.
package io.github.dsalab.exercises.complexity;

import java.util.List;

/** Reference solution of the triples drill (the statement is in the stub). */
public final class ZeroSumTriples {
  private ZeroSumTriples() {}

  /**
   * Counts triples of positions whose values add up to 0.
   *
   * @param values the values
   * @return the number of triples {@code i < j < k} with a zero sum
   */
  public static long countTriples(List<Integer> values) {
    long triples = 0;
    int n = values.size();
    // i < j < k: each triple once, n(n-1)(n-2)/6 in all.
    for (int i = 0; i < n; i++) {
      long first = values.get(i);
      for (int j = i + 1; j < n; j++) {
        long firstTwo = first + values.get(j);
        for (int k = j; k < n; k++) {
          if (firstTwo + values.get(k) == 0) {
            triples++;
          }
        }
      }
    }
    return triples;
  }
}
