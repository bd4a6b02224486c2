package io.github.dsalab.lab.inputs;

import java.util.SplittableRandom;

/**
 * Generates the count suite's inputs. Every array depends only on (shape, n, seed), so two runs of
 * the lab count exactly the same comparisons.
 */
public final class Inputs {
  /** How many distinct values a {@link InputShape#FEW_DISTINCT} input holds. */
  public static final int FEW_DISTINCT_VALUES = 8;

  private Inputs() {}

  /**
   * An array of {@code n} boxed ints in the given shape. {@link InputShape#ADVERSARIAL} has no fixed
   * array (the adversary builds it while the sort runs), so it is rejected here.
   */
  public static Integer[] boxed(InputShape shape, int n, long seed) {
    int[] values = ints(shape, n, seed);
    Integer[] boxed = new Integer[n];
    for (int i = 0; i < n; i++) {
      boxed[i] = values[i];
    }
    return boxed;
  }

  /** An array of {@code n} ints in the given shape (see {@link #boxed}). */
  public static int[] ints(InputShape shape, int n, long seed) {
    if (n < 0) {
      throw new IllegalArgumentException("n is " + n + ", must be >= 0");
    }
    int[] values = new int[n];
    // Mixing n into the seed keeps sizes independent while staying reproducible.
    SplittableRandom random = new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (n + 1L)));
    switch (shape) {
      case RANDOM:
        for (int i = 0; i < n; i++) {
          values[i] = random.nextInt();
        }
        break;
      case SORTED:
        for (int i = 0; i < n; i++) {
          values[i] = i;
        }
        break;
      case REVERSED:
        for (int i = 0; i < n; i++) {
          values[i] = n - 1 - i;
        }
        break;
      case FEW_DISTINCT:
        for (int i = 0; i < n; i++) {
          values[i] = random.nextInt(FEW_DISTINCT_VALUES);
        }
        break;
      default:
        throw new IllegalArgumentException(
            "shape " + shape.label() + " has no fixed input; it is built while the algorithm runs");
    }
    return values;
  }

  /** {@code count} random ints in {@code [0, bound)}, reproducible from the seed. */
  public static int[] randomIndices(int count, int bound, long seed) {
    SplittableRandom random = new SplittableRandom(seed ^ (0xC2B2AE3D27D4EB4FL * (bound + 1L)));
    int[] indices = new int[count];
    for (int i = 0; i < count; i++) {
      indices[i] = random.nextInt(bound);
    }
    return indices;
  }
}
