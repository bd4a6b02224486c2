package io.github.dsalab.bench;

import io.github.dsalab.counting.CountingComparator;
import io.github.dsalab.heap.IndexedMinHeap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The heaps topic's count experiments: comparisons to insert n keys into a heap and then remove the
 * minimum n times. Each operation sifts along one root-to-leaf path of a complete tree, so it costs
 * O(log n) comparisons and the whole run O(n log n) — on any input shape.
 */
final class HeapCounts {
  static final List<Integer> SIZES = Sizes.doubling(256, 9);

  private HeapCounts() {}

  static List<CountExperiment> experiments() {
    List<CountExperiment> rows = new ArrayList<>();
    rows.add(new CountExperiment("heap", "indexed min heap", InputShape.RANDOM, "O(n log n)", "comparisons",
        "insert n keys, then poll the minimum n times: each sift-down takes ≤ 2 log₂ n comparisons",
        Sizes.oneSize(SIZES), (n, unused) -> indexedInsertThenPoll(InputShape.RANDOM, n), null));
    rows.add(new CountExperiment("heap", "indexed min heap", InputShape.REVERSED, "O(n log n)", "comparisons",
        "descending keys make every insert sift up to the root: log₂ n each, then n polls",
        Sizes.oneSize(SIZES), (n, unused) -> indexedInsertThenPoll(InputShape.REVERSED, n), null));
    return rows;
  }

  /** Comparisons to insert n keys of the given shape into an {@link IndexedMinHeap}, then poll them all. */
  static long indexedInsertThenPoll(InputShape shape, int n) {
    int[] keys = Inputs.ints(shape, n, Seeds.labInputs());
    CountingComparator<Integer> comparator = CountingComparator.of(Comparator.<Integer>naturalOrder());
    IndexedMinHeap<Integer> heap = new IndexedMinHeap<>(n, comparator);
    for (int i = 0; i < n; i++) {
      heap.insert(i, keys[i]);
    }
    while (!heap.isEmpty()) {
      heap.pollMin();
    }
    return comparator.count();
  }
}
