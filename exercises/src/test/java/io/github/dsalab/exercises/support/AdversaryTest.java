package io.github.dsalab.exercises.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dsalab.counting.CountingComparator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * McIlroy's adversary makes any pivot the input can foresee quadratic, and leaves a truly random
 * pivot alone.
 */
class AdversaryTest {
  /** A quick sort (Lomuto partition) whose pivot index comes from {@code pivot}. */
  interface PivotRule {
    int pick(int from, int to);
  }

  private static <T> void quickSort(T[] values, Comparator<? super T> order, PivotRule rule) {
    sort(values, 0, values.length, order, rule);
  }

  private static <T> void sort(T[] values, int from, int to, Comparator<? super T> order, PivotRule rule) {
    while (to - from > 1) {
      swap(values, rule.pick(from, to), to - 1);
      T pivot = values[to - 1];
      int store = from;
      for (int i = from; i < to - 1; i++) {
        if (order.compare(values[i], pivot) < 0) {
          swap(values, i, store++);
        }
      }
      swap(values, store, to - 1);
      if (store - from < to - store) {
        sort(values, from, store, order, rule);
        from = store + 1;
      } else {
        sort(values, store + 1, to, order, rule);
        to = store;
      }
    }
  }

  private static <T> void swap(T[] values, int i, int j) {
    T swap = values[i];
    values[i] = values[j];
    values[j] = swap;
  }

  private static long comparisons(Integer[] input, PivotRule rule) {
    CountingComparator<Integer> order = CountingComparator.naturalOrder();
    quickSort(input, order, rule);
    return order.count();
  }

  private static Integer[] killer(int n, java.util.function.Supplier<PivotRule> rule) {
    return Adversary.against(n, (values, order) -> quickSort(values, order, rule.get()));
  }

  @Test
  void buildsAPermutationOfZeroToNMinusOne() {
    Integer[] input = killer(500, () -> (from, to) -> (from + to) >>> 1);
    Integer[] sorted = input.clone();
    Arrays.sort(sorted);
    assertEquals(Arrays.asList(IntStream.range(0, 500).boxed().toArray(Integer[]::new)), Arrays.asList(sorted));
  }

  @Test
  void makesPredictablePivotsQuadratic() {
    int n = 2000;
    PivotRule middle = (from, to) -> (from + to) >>> 1;
    assertTrue(comparisons(killer(n, () -> middle), middle) > (long) n * n / 4);
    assertTrue(comparisons(killer(n, () -> (from, to) -> from), (from, to) -> from) > (long) n * n / 4);
    // A generator with a fixed seed is as predictable as a fixed position.
    long seeded = comparisons(killer(n, () -> {
      Random random = new Random(42);
      return (from, to) -> from + random.nextInt(to - from);
    }), new PivotRule() {
      private final Random random = new Random(42);

      @Override
      public int pick(int from, int to) {
        return from + random.nextInt(to - from);
      }
    });
    assertTrue(seeded > (long) n * n / 4, "fixed-seed pivot: " + seeded);
  }

  @Test
  void leavesATrulyRandomPivotAlone() {
    int n = 2000;
    PivotRule random = (from, to) -> from + ThreadLocalRandom.current().nextInt(to - from);
    long count = comparisons(killer(n, () -> random), random);
    // 2 n ln n is the average; 4 n log2 n is far above it yet far below n²/4.
    assertTrue(count < 4L * n * 11, "random pivot on the adversary's input: " + count);
  }
}
