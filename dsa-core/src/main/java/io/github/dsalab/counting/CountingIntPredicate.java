package io.github.dsalab.counting;

import java.util.Objects;
import java.util.function.IntPredicate;

/**
 * An {@link IntPredicate} that delegates to another one and counts how often it is tested.
 *
 * <p>Used to measure "binary search on the answer": the number of probes is the work done.
 * Not thread-safe.
 *
 * <pre>{@code
 * CountingIntPredicate p = CountingIntPredicate.of(x -> (long) x * x >= 1_000_000);
 * int root = BinarySearch.firstTrue(0, 1 << 20, p);
 * long probes = p.count();   // about log2(2^20) = 20
 * }</pre>
 */
public final class CountingIntPredicate implements IntPredicate {
  private final IntPredicate delegate;
  private long count;

  private CountingIntPredicate(IntPredicate delegate) {
    this.delegate = delegate;
  }

  /**
   * Returns a counter around {@code delegate}.
   *
   * @param delegate the predicate that decides
   * @return a new counter, at zero
   * @throws NullPointerException if {@code delegate} is null
   */
  public static CountingIntPredicate of(IntPredicate delegate) {
    return new CountingIntPredicate(Objects.requireNonNull(delegate, "delegate"));
  }

  @Override
  public boolean test(int value) {
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
