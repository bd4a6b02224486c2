package io.github.dsalab.lab.inputs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Properties;

/**
 * The lab's named random seeds, read from {@code seeds/seeds.properties} (bundled into the jar), so
 * a learner's run, a teacher's run and CI see the same data and print the same counts.
 */
public final class Seeds {
  private static final String RESOURCE = "/seeds/seeds.properties";
  private static final Properties SEEDS = load();

  private Seeds() {}

  /** The seed of every input the count suite generates. */
  public static long labInputs() {
    return seed("lab.inputs");
  }

  /** The seed the JMH benchmarks use for their data. */
  public static long benchmarkInputs() {
    return seed("bench.jmh.inputs");
  }

  /** The seed of the random graphs. */
  public static long graphs() {
    return seed("bench.graph");
  }

  static long seed(String name) {
    Objects.requireNonNull(name, "name");
    String value = SEEDS.getProperty(name);
    if (value == null) {
      throw new IllegalStateException(
          "seed '" + name + "' is missing from " + RESOURCE + "; it has " + SEEDS.stringPropertyNames());
    }
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalStateException(
          "seed '" + name + "' in " + RESOURCE + " is '" + value + "', not a whole number", e);
    }
  }

  private static Properties load() {
    Properties properties = new Properties();
    try (InputStream in = Seeds.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the class path; rebuild dsa-bench");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return properties;
  }
}
