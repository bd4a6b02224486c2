package io.github.dsalab.bench;

import io.github.dsalab.heap.BinaryHeap;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
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
 * {@link BinaryHeap} against {@link PriorityQueue}, both in natural order: offer n random
 * {@code Integer} keys, then poll them all. The keys are boxed once in setup, so the timing is the
 * heap's work, not allocation of the keys; each call starts from a new, empty queue.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class HeapBenchmark {
  /** Number of keys offered and polled. */
  @Param({"250000", "500000", "1000000"})
  public int n;

  private Integer[] keys;

  /** Boxes n random keys from a fixed seed. */
  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(Seeds.benchmarkInputs());
    keys = new Integer[n];
    for (int i = 0; i < n; i++) {
      keys[i] = random.nextInt();
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
