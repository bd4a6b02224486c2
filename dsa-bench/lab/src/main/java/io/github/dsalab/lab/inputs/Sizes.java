package io.github.dsalab.lab.inputs;

import java.util.ArrayList;
import java.util.List;

/** Size lists for experiments. */
public final class Sizes {
  private Sizes() {}

  /** {@code count} sizes starting at {@code first}, each twice the previous. */
  public static List<Integer> doubling(int first, int count) {
    return doubling(first, count, 2);
  }

  /** {@code count} sizes starting at {@code first}, each {@code factor} times the previous. */
  public static List<Integer> doubling(int first, int count, int factor) {
    if (first < 1 || count < 1 || factor < 2) {
      throw new IllegalArgumentException("need first >= 1, count >= 1 and factor >= 2, not " + first + ", " + count
          + ", " + factor);
    }
    List<Integer> sizes = new ArrayList<>();
    long n = first;
    for (int i = 0; i < count; i++) {
      if (n > Integer.MAX_VALUE) {
        throw new IllegalArgumentException("multiplying " + first + " by " + factor + " " + count
            + " times exceeds int range");
      }
      sizes.add((int) n);
      n *= factor;
    }
    return sizes;
  }

}
