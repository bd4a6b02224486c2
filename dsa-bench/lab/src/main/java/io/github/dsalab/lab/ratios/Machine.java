package io.github.dsalab.lab.ratios;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** What a ratio table was measured on: cores, processor model, JDK, and the load at the time. */
public final class Machine {
  private Machine() {}

  /**
   * One line naming the machine: cores, the processor's model name (from {@code /proc/cpuinfo}
   * where there is one) and the JVM's version.
   *
   * @return the description
   */
  public static String describe() {
    return String.format(Locale.ROOT, "%d cores, %s, %s %s", Runtime.getRuntime().availableProcessors(),
        cpuModel(), System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"));
  }

  /**
   * The system load average over the last minute, or a negative number where the system does not
   * tell.
   *
   * @return the load average
   */
  public static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  private static String cpuModel() {
    Path cpuinfo = Path.of("/proc/cpuinfo");
    try {
      for (String line : Files.readAllLines(cpuinfo, StandardCharsets.UTF_8)) {
        if (line.startsWith("model name")) {
          return line.substring(line.indexOf(':') + 1).trim();
        }
      }
    } catch (IOException | RuntimeException e) {
      // No /proc/cpuinfo (not Linux): the architecture is the best we can say.
    }
    return System.getProperty("os.arch");
  }
}
