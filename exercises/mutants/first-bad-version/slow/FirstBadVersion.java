// verdict: too-slow
// mistake: Tries the versions one by one from the first: O(n) probes.
package io.github.dsalab.exercises.search;

import java.util.OptionalLong;
import java.util.function.LongPredicate;

/** Correct but slow: tries the versions one by one, O(n). The gate must reject it. */
public final class FirstBadVersion {
  private FirstBadVersion() {}

  public static OptionalLong firstBad(long first, long last, LongPredicate isBad) {
    if (first > last) {
      throw new IllegalArgumentException("first after last");
    }
    for (long v = first; v <= last; v++) {
      if (isBad.test(v)) {
        return OptionalLong.of(v);
      }
      if (v == last) {
        break;
      }
    }
    return OptionalLong.empty();
  }
}
