package io.github.dsalab.lab.benchmarks;

import io.github.dsalab.heap.BinaryHeap;
import java.util.PriorityQueue;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@link BinaryHeap} against {@link PriorityQueue}, both in natural order: offer n {@code Integer}
 * keys, then poll them all. The keys are boxed once in setup, so the timing is the heap's work, not
 * allocation of the keys; each call starts from a new, empty queue (the keys themselves are only
 * read, so nothing else needs copying).
 *
 * <p>Shapes of the keys offered, the same arrays {@link SortBenchmark} sorts: {@code random};
 * {@code sorted} (every offer stays where it lands: one comparison each); {@code reversed} (every
 * offer sifts up to the root: {@code log₂ n} comparisons each); {@code fewDistinct} (four values,
 * so polls stop sifting early among equal keys).
 *
 * <pre>
 * java -cp dsa-bench/lab/target/dsa-lab.jar org.openjdk.jmh.Main HeapBenchmark -p n=1000000 -p shape=random
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class HeapBenchmark {
  /** Number of keys offered and polled. */
  @Param({"250000", "500000", "1000000"})
  public int n;

  /** The order and spread of the keys offered. */
  @Param({"random", "sorted", "reversed", "fewDistinct"})
  public String shape;

  private Integer[] keys;

  /** Boxes n keys of this shape, made from a fixed seed. */
  @Setup
  public void setUp() {
    int[] values = SortBenchmark.input(shape, n);
    keys = new Integer[n];
    for (int i = 0; i < n; i++) {
      keys[i] = values[i];
    }
  }

  /**
   * dsa-core's heap.
   *
   * @return a checksum of the polled keys, so that nothing can be optimized away
   */
  @Benchmark
  public long binaryHeapOfferThenPoll() {
    BinaryHeap<Integer> heap = new BinaryHeap<>();
    for (Integer key : keys) {
      heap.offer(key);
    }
    long checksum = 0;
    for (int i = 0; i < n; i++) {
      checksum = 31 * checksum + heap.poll();
    }
    return checksum;
  }

  /**
   * The JDK baseline.
   *
   * @return a checksum of the polled keys, so that nothing can be optimized away
   */
  @Benchmark
  public long priorityQueueOfferThenPoll() {
    PriorityQueue<Integer> queue = new PriorityQueue<>();
    for (Integer key : keys) {
      queue.offer(key);
    }
    long checksum = 0;
    for (int i = 0; i < n; i++) {
      checksum = 31 * checksum + queue.poll();
    }
    return checksum;
  }
}
