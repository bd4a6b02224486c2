package io.github.dsalab.lab.costs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The caches are read as Linux describes them, and an unreadable description is said, not guessed. */
class CacheSizesTest {
  private static void cache(Path root, int index, int level, String type, String size) throws IOException {
    Path dir = Files.createDirectories(root.resolve("index" + index));
    Files.writeString(dir.resolve("level"), level + "\n");
    Files.writeString(dir.resolve("type"), type + "\n");
    Files.writeString(dir.resolve("size"), size + "\n");
  }

  @Test
  void dataAndUnifiedCachesAreReadInLevelOrderAndTheInstructionCacheIsLeftOut(@TempDir Path root) throws IOException {
    cache(root, 0, 1, "Data", "32K");
    cache(root, 1, 1, "Instruction", "32K");
    cache(root, 2, 2, "Unified", "512K");
    cache(root, 3, 3, "Unified", "32768K");
    CacheSizes caches = CacheSizes.read(root);
    assertEquals(List.of(new CacheLevel(1, 32 << 10), new CacheLevel(2, 512 << 10), new CacheLevel(3, 32L << 20)),
        caches.levels());
    assertTrue(caches.unavailable().isEmpty());
    assertEquals("L1 32 KiB, L2 512 KiB, L3 32 MiB", caches.describe());
  }

  @Test
  void aMissingDescriptionGivesNoCachesAndSaysWhy(@TempDir Path root) {
    CacheSizes caches = CacheSizes.read(root.resolve("absent"));
    assertTrue(caches.levels().isEmpty());
    assertTrue(caches.describe().startsWith("cache sizes unknown: the operating system does not describe"),
        caches.describe());
  }

  @Test
  void aMalformedSizeGivesNoCachesAndSaysWhy(@TempDir Path root) throws IOException {
    cache(root, 0, 1, "Data", "lots");
    CacheSizes caches = CacheSizes.read(root);
    assertTrue(caches.levels().isEmpty());
    assertTrue(caches.unavailable().orElseThrow().contains("could not be read"), caches.describe());
  }
}
