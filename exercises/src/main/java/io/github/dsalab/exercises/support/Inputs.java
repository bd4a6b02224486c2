package io.github.dsalab.exercises.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Input generators for the complexity gate's workloads: every input comes from a fixed seed, so
 * the counts, and with them the gate's verdict, are the same on every run.
 *
 * <table class="striped">
 *   <caption>Cost</caption>
 *   <tr><th>operation</th><th>time</th><th>space</th></tr>
 *   <tr><td>every generator</td><td>{@code O(n)}</td><td>{@code O(n)}</td></tr>
 * </table>
 *
 * <pre>{@code
 * Integer[] values = Inputs.shuffled(1024);
 * Integer[] sorted = Inputs.ascending(1024);
 * List<Integer> randoms = Inputs.randomList(1024, 100);
 * }</pre>
 */
public final class Inputs {
  /** The seed of every generator; change it and every gate still has to pass. */
  public static final long SEED = 20_26L;

  private Inputs() {}

  /**
   * Returns {@code 0, 2, 4, ..., 2(n-1)}: sorted, distinct, and with a gap (an odd number) next
   * to every element for absent keys.
   *
   * @param n the length
   * @return a new array
   */
  public static Integer[] ascending(int n) {
    Integer[] values = new Integer[n];
    for (int i = 0; i < n; i++) {
      values[i] = 2 * i;
    }
    return values;
  }

  /**
   * Returns {@code 0 .. n-1} in a random order fixed by {@link #SEED}.
   *
   * @param n the length
   * @return a new array
   */
  public static Integer[] shuffled(int n) {
    return shuffled(n, 0);
  }

  /**
   * Returns {@code 0 .. n-1} in one of several fixed random orders, for workloads that average
   * over a few inputs.
   *
   * @param n the length
   * @param variant which order, any number (0 is the order {@link #shuffled(int)} gives)
   * @return a new array
   */
  public static Integer[] shuffled(int n, int variant) {
    List<Integer> values = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      values.add(i);
    }
    Collections.shuffle(values, new Random(SEED + variant));
    return values.toArray(new Integer[0]);
  }

  /**
   * Returns {@code n} random values in {@code [-bound, bound]}, fixed by {@link #SEED}.
   *
   * @param n the length
   * @param bound the largest absolute value
   * @return a new modifiable list
   */
  public static List<Integer> randomList(int n, int bound) {
    Random random = new Random(SEED);
    List<Integer> values = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      values.add(random.nextInt(2 * bound + 1) - bound);
    }
    return values;
  }

  /**
   * Returns an array of {@code n} integers of one of the array families: {@code SHUFFLED}
   * ({@code 0 .. n-1} in a fixed random order), {@code SORTED} ({@code 0, 2, ..., 2(n-1)}),
   * {@code REVERSED} (the same, descending), {@code FEW_DISTINCT} (values {@code 0 .. 7} in a
   * fixed random order, about n/8 copies of each) or {@code ALL_EQUAL} (n sevens).
   *
   * @param family the family
   * @param n the length
   * @return a new array
   * @throws IllegalArgumentException if {@code family} is not an array family
   */
  public static Integer[] array(InputFamily family, int n) {
    Integer[] values = new Integer[n];
    switch (family) {
      case SHUFFLED:
        return shuffled(n);
      case SORTED:
        return ascending(n);
      case REVERSED:
        for (int i = 0; i < n; i++) {
          values[i] = 2 * (n - 1 - i);
        }
        return values;
      case FEW_DISTINCT:
        Random random = random();
        for (int i = 0; i < n; i++) {
          values[i] = random.nextInt(FEW);
        }
        return values;
      case ALL_EQUAL:
        Arrays.fill(values, 7);
        return values;
      default:
        throw new IllegalArgumentException(family + " is not an array family");
    }
  }

  /**
   * Returns {@code n} sorted integers in {@link #FEW} runs of equal keys: {@code 0, 2, ..., 14},
   * each about n/8 times.
   *
   * @param n the length
   * @return a new array
   */
  public static Integer[] equalRuns(int n) {
    Integer[] values = new Integer[n];
    for (int i = 0; i < n; i++) {
      values[i] = 2 * (int) ((long) i * FEW / n);
    }
    return values;
  }

  /** How many distinct values {@link InputFamily#FEW_DISTINCT} arrays hold. */
  public static final int FEW = 8;

  /**
   * Returns a random generator seeded with {@link #SEED}, for workloads that need more.
   *
   * @return a new generator
   */
  public static Random random() {
    return new Random(SEED);
  }
}
