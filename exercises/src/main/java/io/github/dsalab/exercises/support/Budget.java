package io.github.dsalab.exercises.support;

import io.github.dsalab.counting.CountingComparator;
import java.util.Comparator;

/**
 * A cap on the operations one gate measurement may count, so that an exponential solution is
 * stopped as soon as it is clearly too slow instead of running for hours. A workload's counter
 * calls {@link #spend(long)} with its running count.
 *
 * <table class="striped">
 *   <caption>Cost</caption>
 *   <tr><th>operation</th><th>time</th></tr>
 *   <tr><td>{@code spend}</td><td>{@code O(1)}</td></tr>
 * </table>
 *
 * <pre>{@code
 * long[] calls = {0};
 * MemoFibonacci.fibonacci(n, (a, b) -> { Budget.spend(++calls[0]); return a + b; });
 * return calls[0];
 * }</pre>
 */
public final class Budget {
  /** The most operations one measurement may count. */
  public static final long LIMIT = 30_000_000L;

  private Budget() {}

  /** Thrown when a measurement counts more than {@link #LIMIT} operations. */
  public static final class Exceeded extends Error {
    private static final long serialVersionUID = 1L;

    /** Creates the error. */
    public Exceeded() {
      super("more than " + LIMIT + " operations");
    }
  }

  /**
   * Checks a running count against the limit.
   *
   * @param count the operations counted so far
   * @throws Exceeded if {@code count} is above {@link #LIMIT}
   */
  public static void spend(long count) {
    if (count > LIMIT) {
      throw new Exceeded();
    }
  }

  /**
   * Returns a comparator that compares through {@code counting} and stops the measurement once
   * it has counted more than {@link #LIMIT} comparisons, so that a quadratic sort on a large
   * adversarial input fails fast instead of running into the time limit.
   *
   * @param counting the counting comparator whose count is checked
   * @param <T> the type compared
   * @return the capped comparator
   */
  public static <T> Comparator<T> capped(CountingComparator<T> counting) {
    return (a, b) -> {
      int result = counting.compare(a, b);
      spend(counting.count());
      return result;
    };
  }
}
