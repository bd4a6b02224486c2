package io.github.dsalab.lab.costs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * This machine's data caches, read from the operating system: on Linux
 * {@code /sys/devices/system/cpu/cpu0/cache/index*}{@code /{level,type,size}}, keeping the data and
 * unified caches (an instruction cache holds no data). Where there is no such directory, or it
 * cannot be read, the list is empty and {@link #unavailable()} says why; nothing is guessed.
 *
 * <p>Cost: one small directory listing and three tiny file reads per cache level.
 *
 * <pre>{@code
 * CacheSizes caches = CacheSizes.read();
 * caches.levels();        // [L1 (32 KiB), L2 (512 KiB), L3 (32 MiB)] on the lab's machine
 * caches.unavailable();   // Optional.empty() there
 * }</pre>
 */
public final class CacheSizes {
  /** Where Linux describes the first core's caches. */
  static final Path LINUX_CACHES = Path.of("/sys/devices/system/cpu/cpu0/cache");

  private final List<CacheLevel> levels;
  private final String unavailable;

  private CacheSizes(List<CacheLevel> levels, String unavailable) {
    this.levels = List.copyOf(levels);
    this.unavailable = unavailable;
  }

  /** The caches of this machine, or none with the reason. */
  public static CacheSizes read() {
    return read(LINUX_CACHES);
  }

  /** The caches described under {@code directory} (laid out as Linux lays out {@link #LINUX_CACHES}). */
  public static CacheSizes read(Path directory) {
    if (!Files.isDirectory(directory)) {
      return none("the operating system does not describe its caches here (no " + directory + ")");
    }
    List<CacheLevel> found = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory, "index*")) {
      for (Path entry : entries) {
        String type = text(entry.resolve("type"));
        if (!type.equals("Data") && !type.equals("Unified")) {
          continue;
        }
        int level = Integer.parseInt(text(entry.resolve("level")));
        found.add(new CacheLevel(level, bytes(text(entry.resolve("size")))));
      }
    } catch (IOException | RuntimeException e) {
      return none("the cache description under " + directory + " could not be read: " + e.getMessage());
    }
    if (found.isEmpty()) {
      return none("no data cache is described under " + directory);
    }
    found.sort(Comparator.comparingInt(CacheLevel::level));
    return new CacheSizes(found, null);
  }

  /** Known caches, as given (for tests and for machines described another way). */
  public static CacheSizes of(List<CacheLevel> levels) {
    List<CacheLevel> sorted = new ArrayList<>(levels);
    sorted.sort(Comparator.comparingInt(CacheLevel::level));
    return new CacheSizes(sorted, levels.isEmpty() ? "no cache sizes were given" : null);
  }

  private static CacheSizes none(String why) {
    return new CacheSizes(List.of(), why);
  }

  /** The data caches, nearest the core first; empty when unknown. */
  public List<CacheLevel> levels() {
    return levels;
  }

  /** Why the caches are unknown, or empty when they are known. */
  public Optional<String> unavailable() {
    return Optional.ofNullable(unavailable);
  }

  /** {@code L1 32 KiB, L2 512 KiB, L3 32 MiB}, or the reason they are unknown. */
  public String describe() {
    if (levels.isEmpty()) {
      return "cache sizes unknown: " + unavailable;
    }
    List<String> parts = new ArrayList<>();
    for (CacheLevel level : levels) {
      parts.add(level.name() + " " + CacheLevel.bytesText(level.bytes()));
    }
    return String.join(", ", parts);
  }

  private static String text(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.US_ASCII).trim();
  }

  /** {@code 32K}, {@code 1024K}, {@code 32M} or a plain byte count. */
  static long bytes(String size) {
    String text = size.trim().toUpperCase(Locale.ROOT);
    long unit = 1;
    if (text.endsWith("K")) {
      unit = 1L << 10;
    } else if (text.endsWith("M")) {
      unit = 1L << 20;
    } else if (text.endsWith("G")) {
      unit = 1L << 30;
    }
    String digits = unit == 1 ? text : text.substring(0, text.length() - 1);
    return Long.parseLong(digits) * unit;
  }
}
