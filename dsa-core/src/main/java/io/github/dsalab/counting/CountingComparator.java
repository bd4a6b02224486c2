package io.github.dsalab.counting;

import java.util.Comparator;
import java.util.Objects;

/**
 * A {@link Comparator} that delegates to another one and counts how often it is called.
 *
 * <p>Comparisons are the unit of work of every comparison sort, search tree and heap, so this
 * wrapper is how dsa-lab measures them: exactly, deterministically, and without touching the
 * algorithm.
 *
 * <table class="striped">
 *   <caption>Cost</caption>
 *   <tr><th>operation</th><th>time</th></tr>
 *   <tr><td>{@code compare}</td><td>the delegate's, plus {@code O(1)}</td></tr>
 *   <tr><td>{@code count}, {@code reset}</td><td>{@code O(1)}</td></tr>
 * </table>
 *
 * <p>Not thread-safe: share one instance with one thread at a time.
 *
 * <pre>{@code
 * CountingComparator<Integer> cmp = CountingComparator.naturalOrder();
 * MergeSort.sort(values, cmp);
 * long comparisons = cmp.count();
 * }</pre>
 *
 * @param <T> the type of objects compared
 */
public final class CountingComparator<T> implements Comparator<T> {
  private final Comparator<? super T> delegate;
  private long count;

  private CountingComparator(Comparator<? super T> delegate) {
    this.delegate = delegate;
  }

  /**
   * Returns a counter around {@code delegate}.
   *
   * @param delegate the comparator that decides the order
   * @param <T> the type of objects compared
   * @return a new counter, at zero
   * @throws NullPointerException if {@code delegate} is null
   */
  public static <T> CountingComparator<T> of(Comparator<? super T> delegate) {
    return new CountingComparator<>(Objects.requireNonNull(delegate, "delegate"));
  }

  /**
   * Returns a counter around the natural order of {@code T}.
   *
   * @param <T> the type of objects compared
   * @return a new counter, at zero
   */
  public static <T extends Comparable<? super T>> CountingComparator<T> naturalOrder() {
    return new CountingComparator<>(Comparator.<T>naturalOrder());
  }

  /**
   * Counts one comparison, then asks the delegate. A call that throws is still counted.
   */
  @Override
  public int compare(T a, T b) {
    count++;
    return delegate.compare(a, b);
  }

  /**
   * Returns the number of comparisons since creation or the last {@link #reset()}.
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

  @Override
  public String toString() {
    return "CountingComparator[count=" + count + ", delegate=" + delegate + "]";
  }
}
