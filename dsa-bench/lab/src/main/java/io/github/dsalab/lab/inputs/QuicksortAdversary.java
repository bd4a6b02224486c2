package io.github.dsalab.lab.inputs;

import io.github.dsalab.sort.QuickSort;
import java.util.Arrays;
import java.util.Comparator;

/**
 * M. D. McIlroy's "killer adversary" for quicksort (Software: Practice and Experience, 1999): a
 * comparator that decides the values of the items lazily, while the sort runs, so that every pivot
 * the sort picks turns out to be nearly the smallest item of its part. Against a plain quicksort
 * it forces about n²/2 comparisons; a sort with an introsort guard must stay at O(n log n).
 *
 * <p>The items being sorted are the {@code Integer}s {@code 0..n-1}, read as indices into the
 * adversary's table of values. All items start as "gas" (larger than anything solid). When two gas
 * items meet, one of them freezes to the next smallest solid value; the adversary freezes the one
 * that is not the current pivot candidate, so the pivot stays gas and ends up on the wrong end. The
 * values are consistent throughout, so the sort sees a genuine total order: the frozen values, read
 * after the run, are an ordinary input that makes the same sort do the same work again.
 */
public final class QuicksortAdversary implements Comparator<Integer> {
  private final int[] values;
  private final int gas;
  private int solid;
  private int candidate = -1;

  public QuicksortAdversary(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("n is " + n + ", must be >= 0");
    }
    values = new int[n];
    gas = n;
    Arrays.fill(values, gas);
  }

  /** The items {@code 0..n-1} to hand to the sort, in their initial order. */
  public Integer[] items() {
    Integer[] items = new Integer[values.length];
    for (int i = 0; i < items.length; i++) {
      items[i] = i;
    }
    return items;
  }

  /**
   * Returns an ordinary {@code int[]} input on which dsa-core's {@code QuickSort} (object path)
   * does the adversary's work again: the values the adversary froze while that sort ran.
   */
  public static int[] killerInput(int n) {
    QuicksortAdversary adversary = new QuicksortAdversary(n);
    QuickSort.sort(adversary.items(), adversary);
    // Item i started at index i, so the value it froze to is the input's element i.
    return adversary.values.clone();
  }

  @Override
  public int compare(Integer first, Integer second) {
    int x = first;
    int y = second;
    if (values[x] == gas && values[y] == gas) {
      if (x == candidate) {
        freeze(x);
      } else {
        freeze(y);
      }
    }
    if (values[x] == gas) {
      candidate = x;
    } else if (values[y] == gas) {
      candidate = y;
    }
    return Integer.compare(values[x], values[y]);
  }

  private void freeze(int item) {
    values[item] = solid++;
  }
}
