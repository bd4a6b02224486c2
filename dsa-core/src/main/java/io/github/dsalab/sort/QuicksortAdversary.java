package io.github.dsalab.sort;

import java.util.Arrays;
import java.util.Comparator;

/**
 * M. D. McIlroy's "killer adversary" for quicksort ("A Killer Adversary for Quicksort", Software:
 * Practice and Experience, 1999): a comparator that decides the values of the items lazily, while
 * the sort runs, so that every pivot the sort picks turns out to be nearly the smallest item of its
 * part. Against a plain quicksort it forces about {@code n²/2} comparisons; {@link QuickSort}, with
 * its introsort depth limit, must stay at {@code O(n log n)}. Use it to attack your own quicksort.
 *
 * <p>The items being sorted are the {@code Integer}s {@code 0 .. n-1}, read as indices into the
 * adversary's table of values. All items start as "gas" (larger than anything solid). When two gas
 * items meet, one of them freezes to the next smallest solid value; the adversary freezes the one
 * that is not the current pivot candidate (the gas item seen in the previous comparison), so the
 * pivot stays gas and ends up on the wrong end. The answers stay consistent with one total order
 * throughout, so the frozen values, read after the run, are an ordinary input that makes the same
 * sort do the same work again ({@link #killerInput}).
 *
 * <table class="striped">
 *   <caption>Cost</caption>
 *   <tr><th>operation</th><th>time</th><th>extra space</th></tr>
 *   <tr><td>constructor, {@link #items()}</td><td>{@code O(n)}</td><td>{@code O(n)}</td></tr>
 *   <tr><td>{@link #compare}, {@link #valueOf}</td><td>{@code O(1)}</td><td>—</td></tr>
 *   <tr><td>{@link #killerInput}</td><td>one run of {@link QuickSort}</td><td>{@code O(n)}</td></tr>
 * </table>
 *
 * <pre>{@code
 * QuicksortAdversary adversary = new QuicksortAdversary(10_000);
 * CountingComparator<Integer> counter = CountingComparator.of(adversary);
 * MyQuickSort.sort(adversary.items(), counter);        // counter.count() near n²/2 if unguarded
 * }</pre>
 *
 * <p>One adversary serves one sort: it remembers the values it has fixed so far.
 */
public final class QuicksortAdversary implements Comparator<Integer> {
  private final int[] values;
  private final int gas;
  private int solid;
  private int candidate = -1;

  /**
   * Creates an adversary for {@code n} items, all still undecided.
   *
   * @param n the number of items, at least 0
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public QuicksortAdversary(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("n is " + n + ", must be >= 0");
    }
    values = new int[n];
    gas = n;
    Arrays.fill(values, gas);
  }

  /**
   * Returns the items to hand to the sort: {@code 0 .. n-1}, in their initial order.
   *
   * @return a fresh array
   */
  public Integer[] items() {
    Integer[] items = new Integer[values.length];
    for (int i = 0; i < items.length; i++) {
      items[i] = i;
    }
    return items;
  }

  /**
   * Returns the value the adversary has settled on for {@code item} so far; {@code n} while the
   * item is still gas (larger than every settled value).
   *
   * @param item an item, from 0 to {@code n - 1}
   * @return its value
   * @throws IndexOutOfBoundsException if {@code item} is not an item
   */
  public int valueOf(int item) {
    return values[item];
  }

  /**
   * Returns an ordinary {@code int[]} input on which {@link QuickSort}'s object path does the
   * adversary's work again: the values the adversary froze while that sort ran.
   *
   * @param n the length, at least 0
   * @return the killer input
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public static int[] killerInput(int n) {
    QuicksortAdversary adversary = new QuicksortAdversary(n);
    QuickSort.sort(adversary.items(), adversary);
    // Item i started at index i, so the value it froze to is the input's element i.
    return adversary.values.clone();
  }

  /**
   * Compares two items, first freezing one of them when both are still gas.
   *
   * @throws NullPointerException if an item is null
   * @throws IndexOutOfBoundsException if an item is not from {@code 0 .. n-1}
   */
  @Override
  public int compare(Integer first, Integer second) {
    int x = first;
    int y = second;
    if (values[x] == gas && values[y] == gas) {
      values[x == candidate ? x : y] = solid++;
    }
    if (values[x] == gas) {
      candidate = x;
    } else if (values[y] == gas) {
      candidate = y;
    }
    return Integer.compare(values[x], values[y]);
  }
}
