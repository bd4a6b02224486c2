// verdict: timed-out
// mistake: Computes the middle as (low + high) / 2, which overflows near Long.MAX_VALUE and throws the search into a loop that never ends.
package io.github.dsalab.exercises.search;

import java.util.OptionalLong;
import java.util.function.LongPredicate;

/** Reference solution of the first bad version exercise (the statement is in the stub). */
public final class FirstBadVersion {
  private FirstBadVersion() {}

  /**
   * Returns the first version for which {@code isBad} is true.
   *
   * @param first the first version
   * @param last the last version, at least {@code first}
   * @param isBad false then true over the versions
   * @return the first bad version, or empty if none is bad
   * @throws IllegalArgumentException if {@code first > last}
   */
  public static OptionalLong firstBad(long first, long last, LongPredicate isBad) {
    if (first > last) {
      throw new IllegalArgumentException("first " + first + " is after last " + last);
    }
    // Invariant: every version before low is good; high is bad, or last + 1 read as "none".
    // Working inside [low, high] with high = last avoids computing last + 1, which may overflow.
    long low = first;
    long high = last;
    if (!isBad.test(last)) {
      return OptionalLong.empty();
    }
    while (low < high) {
      long middle = (low + high) / 2;
      if (isBad.test(middle)) {
        high = middle;
      } else {
        low = middle + 1;
      }
    }
    return OptionalLong.of(low);
  }
}
