package io.github.dsalab.sort;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;

/** Named input shapes that have broken real sorts: each a recipe for an array of a given size. */
enum Shapes {
  EMPTY(n -> new int[0]),
  ONE(n -> new int[] {42}),
  ALL_EQUAL(n -> filled(n, 7)),
  SORTED(n -> ascending(n)),
  REVERSED(n -> descending(n)),
  ORGAN_PIPE(
      n -> {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
          a[i] = Math.min(i, n - 1 - i);
        }
        return a;
      }),
  SAWTOOTH(
      n -> {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
          a[i] = i % 17;
        }
        return a;
      }),
  EXTREMES(
      n -> {
        Random random = new Random(n);
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
          int pick = random.nextInt(4);
          a[i] = pick == 0 ? Integer.MIN_VALUE : pick == 1 ? Integer.MAX_VALUE : random.nextInt();
        }
        return a;
      }),
  RANDOM(n -> new Random(31L * n + 1).ints(n).toArray()),
  FEW_DISTINCT(n -> new Random(31L * n + 2).ints(n, 0, 4).toArray());

  /** Sizes around the cutoffs of merge sort (32) and quicksort (44), and a few larger ones. */
  static final List<Integer> SIZES = List.of(0, 1, 2, 3, 5, 31, 32, 33, 44, 45, 46, 100, 1000, 3000);

  private final IntFunction<int[]> recipe;

  Shapes(IntFunction<int[]> recipe) {
    this.recipe = recipe;
  }

  int[] of(int n) {
    return recipe.apply(n);
  }

  static int[] filled(int n, int value) {
    int[] a = new int[n];
    Arrays.fill(a, value);
    return a;
  }

  static int[] ascending(int n) {
    int[] a = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = i;
    }
    return a;
  }

  static int[] descending(int n) {
    int[] a = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = n - i;
    }
    return a;
  }
}
