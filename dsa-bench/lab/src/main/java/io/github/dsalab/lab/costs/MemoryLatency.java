package io.github.dsalab.lab.costs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Measures, on this machine and in this process, how long one memory read takes when the next
 * address depends on the value just read and the reads land at random in data of a given size:
 * the price a tree walk or a heap's sift pays per node once its nodes no longer sit in a near
 * cache. The caches' nominal sizes do not tell this price: in a virtual machine the last-level
 * cache is shared with other tenants, and with 4 KiB pages the address translation cache (TLB)
 * runs out long before the last-level cache does, so the price climbs gradually. So it is
 * measured, as lmbench's {@code lat_mem_rd} does.
 *
 * <p>How: an {@code int[]} spanning the working set holds one random cycle through cells a cache
 * line ({@value #LINE_BYTES} bytes) apart, made with Sattolo's algorithm from a fixed seed; a loop
 * follows it, {@code i = next[i]}, for {@value #READS} reads, and the time over the reads is one
 * reading. Each size is read {@value #REPETITIONS} times after one untimed pass, and the median
 * kept; the sizes are swept {@value #SWEEPS} times and each keeps its lowest median. Cells a line apart rather than a random order of every {@code int}: each read then lands in
 * a line of its own, as a node visit does, and the cycle has 16 times fewer entries to shuffle, so
 * building it stays cheap at 64 MiB. Before the first size the loop is run on a small cycle until
 * its time per read stops falling (the just-in-time compiler has compiled it), and the figures of
 * that warm-up are kept ({@link #describe()}). Reads are dependent, so the processor cannot overlap
 * them and the time is latency, not bandwidth; the end of each walk is stored, so the compiler
 * cannot drop the loop.
 *
 * <p>Performance notes: {@value #SWEEPS} × 6 walks of {@value #READS} reads per size (a few
 * milliseconds below the last-level cache, some 80 ms at 32 MiB on the lab's machine), plus building
 * the cycle, {@code O(bytes / 64)}; the warm-up takes some tens of milliseconds once per process.
 * Memory: one {@code int[]} as large as the largest size asked for, while measuring. Each size is
 * measured once per instance and remembered.
 *
 * <pre>{@code
 * MemoryLatency memory = new MemoryLatency();
 * LatencyCurve curve = memory.across(854 << 10, 27 << 20);   // measures 512 KiB, 1 MiB, ... 32 MiB
 * curve.nanosecondsAt(3 << 20);                              // e.g. 9.5 on the lab's machine
 * }</pre>
 */
public final class MemoryLatency {
  /** The distance between two cells of the cycle: the cache line of x86-64 and most ARM cores. */
  static final int LINE_BYTES = 64;
  /** The smallest working set: two cells, the shortest cycle. */
  static final long SMALLEST_BYTES = 2 * LINE_BYTES;
  /** The largest working set: 1 GiB, far past any cache, and an {@code int[]} the lab's heap can hold. */
  static final long LARGEST_BYTES = 1L << 30;
  /**
   * Reads timed per walk. 32,768 reads at ~200 ns (a read from far memory on the lab's busy VM)
   * take ~7 ms, so the 12 walks of one size stay under 100 ms; at ~1.6 ns (L1) a walk still takes
   * ~50 µs, three orders of magnitude above the clock's resolution.
   */
  static final int READS = 1 << 15;
  /** Timed walks per size; the median of five shrugs off two disturbed ones (a GC, another process). */
  static final int REPETITIONS = 5;
  /**
   * Sweeps over all sizes; each size keeps the lower of its sweeps' medians. The first sweep in a
   * fresh process read up to 6 times slower at 2 and 4 MiB than later ones (111-120 ns against
   * 17-28 ns at 2 MiB, in two processes on the lab's 2-core VM), likely the compiler working on the
   * measuring code beside it and crowding the shared cache; a disturbance only ever adds time.
   */
  static final int SWEEPS = 2;
  /** Seed of every cycle, so that each run walks the same addresses. */
  static final long SEED = 0x5EED_1A7EL;

  private static final int LINE_INTS = LINE_BYTES / Integer.BYTES;
  /** Warm-up cycle: 16 KiB, inside any L1 data cache, so the loop's own speed shows. */
  private static final long WARM_UP_BYTES = 16 << 10;
  private static final int WARM_UP_READS_PER_CALL = 1000;
  private static final int WARM_UP_CALLS_PER_ROUND = 500;
  /**
   * At least this many calls before the loop can count as compiled: HotSpot's tiered policy
   * compiles a method with its optimizing compiler after 5,000 calls at the latest
   * ({@code Tier4InvocationThreshold}), usually much sooner for a loop this hot.
   */
  private static final int WARM_UP_MIN_CALLS = 6000;
  /** Give up warming after this many rounds (and say so): a machine too busy to settle. */
  private static final int WARM_UP_MAX_ROUNDS = 200;
  /** The loop counts as compiled when three rounds in a row agree within this factor. */
  private static final double STEADY = 1.1;

  /** Where each walk's end is stored, so no walk is dead code. */
  private static volatile int sink;
  private static WarmUp warmUp;

  private final TreeMap<Long, Double> measured = new TreeMap<>();
  private double measuringSeconds;

  /** The chase loop's warm-up, measured: time per read in the first round and once steady. */
  private record WarmUp(double firstNanoseconds, double steadyNanoseconds, int calls, boolean steady) {
    String describe() {
      return steady
          ? String.format(Locale.ROOT, "loop warmed up over %,d calls: %s ns per read at first, %s ns once compiled",
              calls, LatencyCurve.twoFigures(firstNanoseconds), LatencyCurve.twoFigures(steadyNanoseconds))
          : String.format(Locale.ROOT, "the loop's speed had not settled after %,d calls (%s ns per read at first,"
              + " %s ns last): the machine is busy, and the figures are less sure", calls,
              LatencyCurve.twoFigures(firstNanoseconds), LatencyCurve.twoFigures(steadyNanoseconds));
    }
  }

  /** An instance that has measured nothing yet. */
  public MemoryLatency() {}

  /**
   * The latency at every power of two from the largest not above {@code smallestBytes} to the
   * smallest not below {@code largestBytes} (within {@value #SMALLEST_BYTES} bytes and 1 GiB),
   * measuring those this instance has not measured yet.
   *
   * @throws IllegalArgumentException if {@code smallestBytes} is below 1 or above {@code largestBytes}
   */
  public synchronized LatencyCurve across(long smallestBytes, long largestBytes) {
    if (smallestBytes < 1) {
      throw new IllegalArgumentException("smallestBytes is " + smallestBytes + ", must be at least 1");
    }
    if (largestBytes < smallestBytes) {
      throw new IllegalArgumentException("largestBytes is " + largestBytes + ", must be at least smallestBytes ("
          + smallestBytes + ")");
    }
    long from = Math.min(LARGEST_BYTES, Math.max(SMALLEST_BYTES, Long.highestOneBit(smallestBytes)));
    long to = Math.min(LARGEST_BYTES, largestBytes <= 1 ? 1 : Long.highestOneBit(largestBytes - 1) << 1);
    List<Long> sizes = new ArrayList<>();
    for (long size = from; size <= Math.max(from, to); size <<= 1) {
      sizes.add(size);
    }
    List<Long> missing = sizes.stream().filter(size -> !measured.containsKey(size)).toList();
    if (!missing.isEmpty()) {
      long start = System.nanoTime();
      LatencyCurve fresh = measure(missing);
      measuringSeconds += (System.nanoTime() - start) / 1e9;
      for (int i = 0; i < fresh.bytes().size(); i++) {
        measured.put(fresh.bytes().get(i), fresh.nanoseconds().get(i));
      }
    }
    return new LatencyCurve(sizes, sizes.stream().map(measured::get).toList());
  }

  /**
   * Every size this instance has measured, with how the loop warmed up and how long measuring
   * took: {@code 64 KiB 1.2 ns, 1 MiB 4.0 ns, ... (loop warmed up over ...; 0.8 s)}; empty when
   * nothing was measured.
   */
  public synchronized Optional<String> describe() {
    if (measured.isEmpty()) {
      return Optional.empty();
    }
    LatencyCurve all = new LatencyCurve(new ArrayList<>(measured.keySet()), new ArrayList<>(measured.values()));
    return Optional.of(String.format(Locale.ROOT, "%s (%s; measuring took %.1f s)", all.describe(),
        warmUp().describe(), measuringSeconds));
  }

  /**
   * Measures the latency at each of {@code workingSetBytes} (any order, duplicates once).
   *
   * @throws NullPointerException if the list or one of its sizes is null
   * @throws IllegalArgumentException if the list is empty or a size lies outside {@value #SMALLEST_BYTES}
   *     bytes to 1 GiB
   */
  public static LatencyCurve measure(List<Long> workingSetBytes) {
    Objects.requireNonNull(workingSetBytes, "workingSetBytes");
    if (workingSetBytes.isEmpty()) {
      throw new IllegalArgumentException("workingSetBytes is empty: give at least one size to measure");
    }
    TreeMap<Long, Double> latencies = new TreeMap<>();
    for (int i = 0; i < workingSetBytes.size(); i++) {
      Long size = Objects.requireNonNull(workingSetBytes.get(i), "workingSetBytes[" + i + "]");
      if (size < SMALLEST_BYTES || size > LARGEST_BYTES) {
        throw new IllegalArgumentException("workingSetBytes[" + i + "] is " + size + ", must be between "
            + SMALLEST_BYTES + " (two cache lines) and " + LARGEST_BYTES + " (1 GiB)");
      }
      latencies.put(size, Double.NaN);
    }
    warmUp();
    int[] next = new int[(int) (latencies.lastKey() / Integer.BYTES)];
    for (int sweep = 0; sweep < SWEEPS; sweep++) {
      for (long size : latencies.keySet()) {
        double reading = nanosecondsPerRead(next, size);
        latencies.merge(size, reading, (before, now) -> Double.isNaN(before) ? now : Math.min(before, now));
      }
    }
    return new LatencyCurve(new ArrayList<>(latencies.keySet()), new ArrayList<>(latencies.values()));
  }

  /** The median time per read of {@value #REPETITIONS} walks through a random cycle over {@code bytes}, after one untimed walk. */
  private static double nanosecondsPerRead(int[] next, long bytes) {
    int start = buildCycle(next, bytes);
    int at = chase(next, start, READS);
    double[] perRead = new double[REPETITIONS];
    for (int r = 0; r < REPETITIONS; r++) {
      long began = System.nanoTime();
      at = chase(next, at, READS);
      perRead[r] = (double) (System.nanoTime() - began) / READS;
    }
    sink = at;
    java.util.Arrays.sort(perRead);
    return perRead[REPETITIONS / 2];
  }

  /**
   * Writes one random cycle through the cells {@code 0, 16, 32, ...} of the first {@code bytes}
   * of {@code next} (cell {@code c} holds the index of the cell after it) and returns a cell on it.
   */
  static int buildCycle(int[] next, long bytes) {
    int cells = (int) (bytes / LINE_BYTES);
    int[] order = new int[cells];
    for (int c = 0; c < cells; c++) {
      order[c] = c;
    }
    // Sattolo's algorithm: swapping only with a strictly earlier position makes c -> order[c] one
    // cycle through all cells, so a walk visits every line before it repeats one.
    SplittableRandom random = new SplittableRandom(SEED);
    for (int c = cells - 1; c > 0; c--) {
      int other = random.nextInt(c);
      int swap = order[c];
      order[c] = order[other];
      order[other] = swap;
    }
    for (int c = 0; c < cells; c++) {
      next[c * LINE_INTS] = order[c] * LINE_INTS;
    }
    return 0;
  }

  /** Follows the cycle for {@code reads} reads from {@code at}; returns where it stopped. */
  static int chase(int[] next, int at, int reads) {
    int i = at;
    for (int r = 0; r < reads; r++) {
      i = next[i];
    }
    return i;
  }

  /**
   * Runs the loop on a small cycle until its time per read stops falling, once per process. A loop
   * still interpreted, or compiled only by the quick compiler, reads many times slower than the
   * optimized one, and the first size measured would carry that.
   */
  private static synchronized WarmUp warmUp() {
    if (warmUp != null) {
      return warmUp;
    }
    int[] next = new int[(int) (WARM_UP_BYTES / Integer.BYTES)];
    int at = buildCycle(next, WARM_UP_BYTES);
    List<Double> rounds = new ArrayList<>();
    int calls = 0;
    boolean steady = false;
    while (!steady && rounds.size() < WARM_UP_MAX_ROUNDS) {
      long began = System.nanoTime();
      for (int c = 0; c < WARM_UP_CALLS_PER_ROUND; c++) {
        at = chase(next, at, WARM_UP_READS_PER_CALL);
      }
      rounds.add((double) (System.nanoTime() - began) / ((long) WARM_UP_CALLS_PER_ROUND * WARM_UP_READS_PER_CALL));
      calls += WARM_UP_CALLS_PER_ROUND;
      steady = calls >= WARM_UP_MIN_CALLS && settled(rounds);
    }
    sink = at;
    warmUp = new WarmUp(rounds.get(0), rounds.get(rounds.size() - 1), calls, steady);
    return warmUp;
  }

  /** The last three rounds agree within {@link #STEADY}. */
  private static boolean settled(List<Double> rounds) {
    if (rounds.size() < 3) {
      return false;
    }
    List<Double> last = rounds.subList(rounds.size() - 3, rounds.size());
    double low = last.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    double high = last.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    return high <= STEADY * low;
  }
}
