package io.github.dsalab.counting;

import java.util.Objects;
import java.util.function.LongPredicate;

/**
 * A {@link LongPredicate} that delegates to another one and counts how often it is tested.
 *
 * <p>Used to measure "binary search on the answer": the number of probes is the work done.
 * Not thread-safe.
 *
 * <pre>{@code
 * CountingLongPredicate p = CountingLongPredicate.of(x -> x * x >= 1_000_000);
 * long root = BinarySearch.firstTrueLong(0, 1L << 20, p);
 * long probes = p.count();   // about log2(2^20) = 20
 * }</pre>
 */
public final class CountingLongPredicate implements LongPredicate {
  private final LongPredicate delegate;
  private long count;

  private CountingLongPredicate(LongPredicate delegate) {
    this.delegate = delegate;
  }

  /**
   * Returns a counter around {@code delegate}.
   *
   * @param delegate the predicate that decides
   * @return a new counter, at zero
   * @throws NullPointerException if {@code delegate} is null
   */
  public static CountingLongPredicate of(LongPredicate delegate) {
    return new CountingLongPredicate(Objects.requireNonNull(delegate, "delegate"));
  }

  @Override
  public boolean test(long value) {
    count++;
    return delegate.test(value);
  }

  /**
   * Returns the number of tests since creation or the last {@link #reset()}.
   *
   * @return the count
   */
  public long count() {
    return count;
  }

  /** Sets the count back to zero. */
  public void reset() {
    count = 0;
  }
}
