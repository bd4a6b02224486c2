package io.github.dsalab.exercises.search;

import java.util.OptionalLong;
import java.util.function.LongPredicate;

/**
 * Exercise: the first bad version, a binary search over a yes/no question.
 *
 * <p>Versions {@code first} to {@code last} (inclusive) were released in order. From some
 * version on, every version is bad: {@code isBad} is false, ..., false, true, ..., true. Return
 * the first bad version, or {@link OptionalLong#empty()} if none is bad. Throw
 * {@link IllegalArgumentException} if {@code first > last}. Versions can be as large as
 * {@code Long.MAX_VALUE - 1}.
 *
 * <pre>
 * firstBad(1, 10, v -&gt; v &gt;= 7)   = OptionalLong[7]
 * firstBad(1, 10, v -&gt; true)     = OptionalLong[1]
 * firstBad(1, 10, v -&gt; false)    = OptionalLong.empty
 * </pre>
 *
 * <p>Expected cost: {@code O(log n)} calls to {@code isBad} for n versions (each call may be a
 * slow build-and-test). The checker counts them; trying versions one by one does not pass.
 */
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
    throw new UnsupportedOperationException("TODO: binary search for the first true");
  }
}
