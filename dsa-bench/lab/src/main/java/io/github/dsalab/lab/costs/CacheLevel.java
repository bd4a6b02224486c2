package io.github.dsalab.lab.costs;

import java.util.Locale;

/**
 * One level of the data cache hierarchy of this machine's first core, as the operating system
 * reports it: {@code L1} (data) 32 KiB, {@code L2} 512 KiB, ...
 *
 * <pre>{@code
 * CacheLevel l2 = new CacheLevel(2, 512 * 1024);
 * l2.holds(400_000);     // true
 * l2.toString();         // "L2 (512 KiB)"
 * }</pre>
 *
 * @param level the level, 1 nearest the core
 * @param bytes its capacity in bytes
 */
public record CacheLevel(int level, long bytes) {
  public CacheLevel {
    if (level < 1) {
      throw new IllegalArgumentException("level is " + level + ", must be at least 1");
    }
    if (bytes < 1) {
      throw new IllegalArgumentException("bytes is " + bytes + ", must be at least 1");
    }
  }

  /** Whether data of {@code workingSetBytes} fits in this level. */
  public boolean holds(long workingSetBytes) {
    return workingSetBytes <= bytes;
  }

  /** {@code L2}. */
  public String name() {
    return "L" + level;
  }

  /** {@code L2 (512 KiB)}. */
  @Override
  public String toString() {
    return name() + " (" + bytesText(bytes) + ")";
  }

  /** A byte count as a reader reads it: {@code 512 KiB}, {@code 1.7 MiB}, {@code 32 MiB}. */
  public static String bytesText(long bytes) {
    if (bytes >= 1L << 20) {
      double mebibytes = bytes / (double) (1L << 20);
      return String.format(Locale.ROOT, mebibytes < 10 && mebibytes != Math.rint(mebibytes) ? "%.1f MiB" : "%.0f MiB",
          mebibytes);
    }
    if (bytes >= 1L << 10) {
      return String.format(Locale.ROOT, "%.0f KiB", bytes / 1024.0);
    }
    return bytes + " B";
  }
}
