package io.github.dsalab.lab.counts;

import io.github.dsalab.complexity.ComplexityClass;
import io.github.dsalab.counting.CountingComparator;
import io.github.dsalab.heap.BinaryHeap;
import io.github.dsalab.heap.IndexedMinHeap;
import io.github.dsalab.lab.inputs.InputShape;
import io.github.dsalab.lab.inputs.Inputs;
import io.github.dsalab.lab.inputs.Seeds;
import io.github.dsalab.lab.inputs.Sizes;
import io.github.dsalab.lab.results.CountExperiment;
import io.github.dsalab.lab.results.TimingSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The heaps topic's count experiments: comparisons to insert n keys into a heap and then remove the
 * minimum n times. Each operation sifts along one root-to-leaf path of a complete tree, so it costs
 * O(log n) comparisons and the whole run O(n log n), on any input shape. Building the heap from all
 * n keys at once (heapify) is only O(n): the lesson of the heap topic.
 */
public final class HeapCounts {
  static final List<Integer> SIZES = Sizes.doubling(256, 9);
  /**
   * Timed sizes, 3 907 … 125 024 keys (76 KiB … 2.4 MiB boxed), below the jump in memory latency
   * at about 4 MiB (see {@code SortCounts.FAST_TIMED}).
   */
  static final List<Integer> TIMED = Sizes.doubling(3907, 6);
  /** A boxed Integer in the heap's array: a 4-byte reference plus a 16-byte object. */
  static final int BYTES_PER_BOXED_INT = 20;
  /** An indexed heap's key: the boxed key (20 bytes) plus three int arrays (heap, position, index). */
  static final int BYTES_PER_INDEXED_KEY = 32;

  private HeapCounts() {}

  static List<CountExperiment> experiments() {
    List<CountExperiment> rows = new ArrayList<>();
    rows.add(new CountExperiment("heap", "binary heap", InputShape.RANDOM, ComplexityClass.N_LOG_N, "comparisons",
        "offer n keys, then poll them all: each sift moves along one root-to-leaf path, ≤ 2 log₂ n comparisons",
        CountExperiment.oneSize(SIZES), (n, unused) -> offerThenPoll(InputShape.RANDOM, n),
        TimingSpec.of("binary-heap-offer-poll", "priority-queue-offer-poll", "PriorityQueue", TIMED,
            BYTES_PER_BOXED_INT)));
    rows.add(new CountExperiment("heap", "binary heap", InputShape.REVERSED, ComplexityClass.N_LOG_N, "comparisons",
        "descending offers sift every key up to the root: log₂ n each, then n polls",
        CountExperiment.oneSize(SIZES), (n, unused) -> offerThenPoll(InputShape.REVERSED, n),
        TimingSpec.of("binary-heap-offer-poll", "priority-queue-offer-poll", "PriorityQueue", TIMED,
            BYTES_PER_BOXED_INT)));
    rows.add(new CountExperiment("heap", "heapify", InputShape.RANDOM, ComplexityClass.LINEAR, "comparisons",
        "bottom-up construction: most nodes sit near the leaves and sink only a level or two, ≤ 2n in all",
        CountExperiment.oneSize(SIZES), (n, unused) -> heapify(n),
        TimingSpec.of("heapify", "priority-queue-heapify", "new PriorityQueue(collection)", TIMED,
            BYTES_PER_BOXED_INT)));
    rows.add(new CountExperiment("heap", "indexed min heap", InputShape.RANDOM, ComplexityClass.N_LOG_N, "comparisons",
        "insert n keys, then poll the minimum n times: each sift-down takes ≤ 2 log₂ n comparisons",
        CountExperiment.oneSize(SIZES), (n, unused) -> indexedInsertThenPoll(InputShape.RANDOM, n),
        TimingSpec.of("indexed-min-heap", null, null, TIMED, BYTES_PER_INDEXED_KEY)));
    rows.add(new CountExperiment("heap", "indexed min heap", InputShape.REVERSED, ComplexityClass.N_LOG_N, "comparisons",
        "descending keys make every insert sift up to the root: log₂ n each, then n polls",
        CountExperiment.oneSize(SIZES), (n, unused) -> indexedInsertThenPoll(InputShape.REVERSED, n),
        TimingSpec.of("indexed-min-heap", null, null, TIMED, BYTES_PER_INDEXED_KEY)));
    return rows;
  }

  /** Comparisons to offer n keys of the given shape to a {@link BinaryHeap}, then poll them all. */
  static long offerThenPoll(InputShape shape, int n) {
    int[] keys = Inputs.ints(shape, n, Seeds.labInputs());
    CountingComparator<Integer> comparator = CountingComparator.of(Comparator.<Integer>naturalOrder());
    BinaryHeap<Integer> heap = new BinaryHeap<>(comparator);
    for (int key : keys) {
      heap.offer(key);
    }
    while (heap.poll() != null) {
      // polling is the work being counted
    }
    return comparator.count();
  }

  /** Comparisons of building a {@link BinaryHeap} from n random keys at once (bottom-up heapify). */
  static long heapify(int n) {
    List<Integer> keys = new ArrayList<>();
    for (int key : Inputs.ints(InputShape.RANDOM, n, Seeds.labInputs())) {
      keys.add(key);
    }
    CountingComparator<Integer> comparator = CountingComparator.of(Comparator.<Integer>naturalOrder());
    new BinaryHeap<>(keys, comparator);
    return comparator.count();
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
