package io.github.dsalab.exercises.support;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A read-only {@link List} view that counts how many elements are read from it.
 *
 * <p>The complexity drills hand the learner's code one of these; every way of reading an element
 * ({@code get}, an iterator, {@code for (x : list)}, {@code contains}, {@code toArray}, a sub-list)
 * goes through {@link #get(int)}, so the count is the number of element reads, whatever style
 * the code is written in. Writes throw {@link UnsupportedOperationException}.
 *
 * <table class="striped">
 *   <caption>Cost</caption>
 *   <tr><th>operation</th><th>time</th></tr>
 *   <tr><td>{@code get}, {@code size}, {@code reads}, {@code reset}</td><td>{@code O(1)}</td></tr>
 *   <tr><td>iteration, {@code contains}, {@code toArray}</td><td>{@code O(n)}, n reads</td></tr>
 * </table>
 *
 * <pre>{@code
 * CountingList<Integer> list = CountingList.of(List.of(3, 1, 2));
 * int first = list.get(0);
 * long reads = list.reads();   // 1
 * }</pre>
 *
 * @param <T> the type of elements
 */
public final class CountingList<T> extends AbstractList<T> implements RandomAccess {
  private final List<T> delegate;
  private long reads;

  private CountingList(List<T> delegate) {
    this.delegate = delegate;
  }

  /**
   * Returns a counting view of {@code delegate}, at zero reads.
   *
   * @param delegate the list to read from; should support fast random access
   * @param <T> the type of elements
   * @return the view
   * @throws NullPointerException if {@code delegate} is null
   */
  public static <T> CountingList<T> of(List<T> delegate) {
    return new CountingList<>(Objects.requireNonNull(delegate, "delegate"));
  }

  /** Counts one read, then reads from the underlying list. */
  @Override
  public T get(int index) {
    reads++;
    return delegate.get(index);
  }

  @Override
  public int size() {
    return delegate.size();
  }

  /**
   * Returns the number of element reads since creation or the last {@link #reset()}.
   *
   * @return the count
   */
  public long reads() {
    return reads;
  }

  /** Sets the count back to zero. */
  public void reset() {
    reads = 0;
  }
}
