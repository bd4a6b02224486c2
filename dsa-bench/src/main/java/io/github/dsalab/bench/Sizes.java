package io.github.dsalab.bench;

import java.util.ArrayList;
import java.util.List;

/** Size lists for experiments: doubling sequences and grids. */
final class Sizes {
  private Sizes() {}

  /** {@code count} sizes starting at {@code first}, each twice the previous. */
  static List<Integer> doubling(int first, int count) {
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

  /** One-size experiment sizes (m = 0). */
  static List<CountExperiment.Size> oneSize(List<Integer> sizes) {
    return sizes.stream().map(n -> new CountExperiment.Size(n, 0)).toList();
  }

  /** Every (n, m) pair of two size lists: V and E varied independently. */
  static List<CountExperiment.Size> grid(List<Integer> first, List<Integer> second) {
    List<CountExperiment.Size> grid = new ArrayList<>();
    for (int n : first) {
      for (int m : second) {
        grid.add(new CountExperiment.Size(n, m));
      }
    }
    return grid;
  }
}
