package io.github.dsalab.exercises.support;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.Supplier;

/**
 * Times the call a workload makes to the code under test, so that the complexity gate's timing
 * (its second measure, for work the counters cannot see) leaves out building the input.
 * A workload wraps only the call; outside a timed gate run the wrapper costs two clock reads.
 * The time is the calling thread's processor time, so another process on a busy machine does not
 * count against the call.
 *
 * <table class="striped">
 *   <caption>Cost</caption>
 *   <tr><th>operation</th><th>time</th></tr>
 *   <tr><td>{@code of}, {@code lastNanos}</td><td>{@code O(1)} plus the call</td></tr>
 * </table>
 *
 * <pre>{@code
 * WeightedGraph graph = Graphs.weighted(family, n);          // not timed
 * TimedCall.of(() -> ShortestPaths.distances(graph, 0));      // timed
 * long nanos = TimedCall.lastNanos();
 * }</pre>
 */
public final class TimedCall {
  private static final ThreadLocal<long[]> LAST = ThreadLocal.withInitial(() -> new long[] {-1});

  private TimedCall() {}

  /**
   * Runs {@code call} and remembers how long it took, for this thread.
   *
   * @param call the call to the code under test
   * @param <T> what it returns
   * @return what {@code call} returned
   */
  public static <T> T of(Supplier<T> call) {
    long start = threadNanos();
    try {
      return call.get();
    } finally {
      LAST.get()[0] = threadNanos() - start;
    }
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final boolean THREAD_TIME = THREADS.isCurrentThreadCpuTimeSupported();

  /**
   * The processor time this thread has used, in nanoseconds (where the JVM cannot tell, the wall
   * clock): a busy machine that lends the processor to others does not make the call look slower.
   *
   * @return a reading to subtract from a later one
   */
  public static long threadNanos() {
    return THREAD_TIME ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
  }

  /**
   * Returns how long the last {@link #of} call on this thread took, and forgets it.
   *
   * @return nanoseconds, or -1 if nothing was timed since the last call to this method
   */
  public static long lastNanos() {
    long[] last = LAST.get();
    long nanos = last[0];
    last[0] = -1;
    return nanos;
  }
}
