package io.github.dsalab.sort;

import java.util.Arrays;
import java.util.Comparator;

/**
 * McIlroy's "killer adversary" for quicksort ("A Killer Adversary for Quicksort", 1999), written
 * afresh. It sorts the indices {@code 0 .. n-1} and decides their values lazily: all start as
 * "gas", larger than any fixed value. Whenever two gas items meet, it freezes one to the next
 * smallest fixed value, preferring the item it suspects is the pivot (the gas item seen in the
 * previous comparison). The pivot thus always turns out to be nearly the smallest element, which
 * drives any quicksort into its worst case, while the answers stay consistent with one total order.
 */
final class QuicksortAdversary implements Comparator<Integer> {
  private final int[] value;
  private final int gas;
  private int frozen;
  private int candidate = -1;

  QuicksortAdversary(int n) {
    value = new int[n];
    gas = n;
    Arrays.fill(value, gas);
  }

  /** The items to sort: the indices 0 .. n-1. */
  Integer[] items() {
    Integer[] items = new Integer[value.length];
    for (int i = 0; i < items.length; i++) {
      items[i] = i;
    }
    return items;
  }

  /** The value the adversary has settled on for an item so far. */
  int valueOf(int item) {
    return value[item];
  }

  @Override
  public int compare(Integer x, Integer y) {
    if (value[x] == gas && value[y] == gas) {
      value[x == candidate ? x : y] = frozen++;
    }
    if (value[x] == gas) {
      candidate = x;
    } else if (value[y] == gas) {
      candidate = y;
    }
    return Integer.compare(value[x], value[y]);
  }
}
