// verdict: too-slow
// mistake: Reaches every element by walking from the start of the list: O(n³) reads.
package io.github.dsalab.exercises.complexity;

import java.util.Iterator;
import java.util.List;

/** Correct but slow: reaches every element by walking from the start, O(n³). The gate must reject it. */
public final class PairSums {
  private PairSums() {}

  public static long countPairs(List<Integer> values, int target) {
    long pairs = 0;
    for (int i = 0; i < values.size(); i++) {
      for (int j = i + 1; j < values.size(); j++) {
        if ((long) walkTo(values, i) + walkTo(values, j) == target) {
          pairs++;
        }
      }
    }
    return pairs;
  }

  private static int walkTo(List<Integer> values, int index) {
    Iterator<Integer> walk = values.iterator();
    for (int k = 0; k < index; k++) {
      walk.next();
    }
    return walk.next();
  }
}
