package io.github.dsalab.lab.costs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How long one random memory read takes on this machine, by the size of the data it reads from:
 * measured latencies at a few working-set sizes ({@link MemoryLatency} measures them), and the
 * latency between two of them read off a straight line through them on a logarithmic size axis.
 * Nothing is extrapolated: a size outside the measured ones has no latency here.
 *
 * <p>Cost: {@link #nanosecondsAt} is {@code O(log k)} for {@code k} measured sizes; the rest
 * {@code O(k)}.
 *
 * <pre>{@code
 * LatencyCurve curve = new LatencyCurve(List.of(64L << 10, 1L << 20), List.of(1.2, 4.0));
 * curve.nanosecondsAt(256 << 10);   // 2.6: halfway between on log(bytes), so halfway between the latencies
 * curve.describe();                 // "64 KiB 1.2 ns, 1 MiB 4.0 ns"
 * }</pre>
 *
 * @param bytes the measured working-set sizes, strictly increasing, each positive
 * @param nanoseconds the latency of one read at each of those sizes, each positive and finite
 */
public record LatencyCurve(List<Long> bytes, List<Double> nanoseconds) {
  public LatencyCurve {
    bytes = List.copyOf(Objects.requireNonNull(bytes, "bytes"));
    nanoseconds = List.copyOf(Objects.requireNonNull(nanoseconds, "nanoseconds"));
    if (bytes.isEmpty()) {
      throw new IllegalArgumentException("bytes is empty: a latency curve needs at least one measured size");
    }
    if (bytes.size() != nanoseconds.size()) {
      throw new IllegalArgumentException("bytes has " + bytes.size() + " sizes but nanoseconds has "
          + nanoseconds.size() + " latencies; they must pair up");
    }
    for (int i = 0; i < bytes.size(); i++) {
      if (bytes.get(i) < 1) {
        throw new IllegalArgumentException("bytes[" + i + "] is " + bytes.get(i) + ", must be at least 1");
      }
      if (i > 0 && bytes.get(i) <= bytes.get(i - 1)) {
        throw new IllegalArgumentException("bytes[" + i + "] is " + bytes.get(i) + ", must be more than bytes["
            + (i - 1) + "] = " + bytes.get(i - 1) + " (sizes strictly increasing)");
      }
      double value = nanoseconds.get(i);
      if (!(value > 0) || Double.isInfinite(value)) {
        throw new IllegalArgumentException("nanoseconds[" + i + "] is " + value + ", must be positive and finite");
      }
    }
  }

  /** The smallest measured size, in bytes. */
  public long smallest() {
    return bytes.get(0);
  }

  /** The largest measured size, in bytes. */
  public long largest() {
    return bytes.get(bytes.size() - 1);
  }

  /** Whether a latency can be read at {@code workingSetBytes}: it lies between the smallest and largest measured sizes. */
  public boolean covers(long workingSetBytes) {
    return workingSetBytes >= smallest() && workingSetBytes <= largest();
  }

  /**
   * The latency of one read from {@code workingSetBytes} of data: the measured one at a measured
   * size, else linear in {@code log(bytes)} between the two measured sizes either side.
   *
   * @throws IllegalArgumentException if {@code workingSetBytes} lies outside the measured sizes
   */
  public double nanosecondsAt(long workingSetBytes) {
    if (!covers(workingSetBytes)) {
      throw new IllegalArgumentException("workingSetBytes is " + workingSetBytes + ", outside the measured sizes "
          + smallest() + " to " + largest());
    }
    int low = 0;
    int high = bytes.size() - 1;
    // Invariant: bytes[low] <= workingSetBytes <= bytes[high].
    while (high - low > 1) {
      int middle = (low + high) >>> 1;
      if (bytes.get(middle) <= workingSetBytes) {
        low = middle;
      } else {
        high = middle;
      }
    }
    if (bytes.get(high) == workingSetBytes || low == high) {
      return nanoseconds.get(high);
    }
    double share = Math.log((double) workingSetBytes / bytes.get(low))
        / Math.log((double) bytes.get(high) / bytes.get(low));
    return nanoseconds.get(low) + share * (nanoseconds.get(high) - nanoseconds.get(low));
  }

  /** {@code 64 KiB 1.2 ns, 1 MiB 4.0 ns, 32 MiB 40 ns}: every measured size with its latency. */
  public String describe() {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < bytes.size(); i++) {
      parts.add(CacheLevel.bytesText(bytes.get(i)) + " " + twoFigures(nanoseconds.get(i)) + " ns");
    }
    return String.join(", ", parts);
  }

  /** {@code 4.0}, {@code 1.2}, {@code 40}, {@code 0.85}: two significant figures, kept even when the second is 0. */
  static String twoFigures(double value) {
    if (value >= 10) {
      return String.format(Locale.ROOT, "%.0f", value);
    }
    if (value >= 1) {
      return String.format(Locale.ROOT, "%.1f", value);
    }
    return new java.math.BigDecimal(value).round(new java.math.MathContext(2)).toPlainString();
  }
}
