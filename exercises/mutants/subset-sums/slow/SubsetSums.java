// verdict: too-slow
// mistake: Walks every ordering of the positions (n! of them) and treats each prefix as a subset.
package io.github.dsalab.exercises.complexity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Correct but slow: walks every ordering of the positions (n! of them) and treats each prefix
 * as a subset, remembering which subsets were already counted. The gate must reject it.
 */
public final class SubsetSums {
  private SubsetSums() {}

  public static long countSubsets(List<Integer> values, int target) {
    int n = values.size();
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Set<Long> matching = new HashSet<>();
    if (target == 0) {
      matching.add(0L);
    }
    do {
      long sum = 0;
      long mask = 0;
      for (int k = 0; k < n; k++) {
        sum += values.get(order[k]);
        mask |= 1L << order[k];
        if (sum == target) {
          matching.add(mask);
        }
      }
    } while (nextPermutation(order));
    return matching.size();
  }

  private static boolean nextPermutation(int[] a) {
    int i = a.length - 2;
    while (i >= 0 && a[i] >= a[i + 1]) {
      i--;
    }
    if (i < 0) {
      return false;
    }
    int j = a.length - 1;
    while (a[j] <= a[i]) {
      j--;
    }
    int swap = a[i];
    a[i] = a[j];
    a[j] = swap;
    for (int l = i + 1, r = a.length - 1; l < r; l++, r--) {
      swap = a[l];
      a[l] = a[r];
      a[r] = swap;
    }
    return true;
  }
}
