package io.github.dsalab.lab.inputs;

import java.util.ArrayList;
import java.util.List;

/** Size lists for experiments. */
public final class Sizes {
  private Sizes() {}

  /** {@code count} sizes starting at {@code first}, each twice the previous. */
  public static List<Integer> doubling(int first, int count) {
    List<Integer> sizes = new ArrayList<>();
    long n = first;
    for (int i = 0; i < count; i++) {
      if (n > Integer.MAX_VALUE) {
        throw new IllegalArgumentException("doubling " + first + " " + count + " times exceeds int range");
      }
      sizes.add((int) n);
      n *= 2;
    }
    return sizes;
  }

}
