package io.github.dsalab.sort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dsalab.counting.CountingComparator;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** McIlroy's adversary: consistent with a total order, and deadly to a plain quicksort. */
class QuicksortAdversaryTest {
  /** A textbook quicksort with the middle element as pivot and no guard: the adversary's victim. */
  private static void plainQuickSort(Integer[] a, int low, int high, CountingComparator<Integer> cmp) {
    while (high - low > 1) {
      Integer pivot = a[(low + high) >>> 1];
      int i = low;
      int j = high - 1;
      while (i <= j) {
        while (cmp.compare(a[i], pivot) < 0) {
          i++;
        }
        while (cmp.compare(a[j], pivot) > 0) {
          j--;
        }
        if (i <= j) {
          Integer t = a[i];
          a[i] = a[j];
          a[j] = t;
          i++;
          j--;
        }
      }
      // Recurse into the smaller side so the test's own stack stays shallow.
      if (j - low < high - i) {
        plainQuickSort(a, low, j + 1, cmp);
        low = i;
      } else {
        plainQuickSort(a, i, high, cmp);
        high = j + 1;
      }
    }
  }

  @Test
  void forcesAPlainQuicksortToQuadraticComparisons() {
    int n = 2000;
    QuicksortAdversary adversary = new QuicksortAdversary(n);
    CountingComparator<Integer> comparator = CountingComparator.of(adversary);
    plainQuickSort(adversary.items(), 0, n, comparator);
    assertTrue(comparator.count() > (long) n * n / 8, comparator.count() + " comparisons for n = " + n);
  }

  @Test
  void answersConsistentlyWithATotalOrder() {
    int n = 500;
    QuicksortAdversary adversary = new QuicksortAdversary(n);
    Integer[] items = adversary.items();
    Arrays.sort(items, adversary);
    // After the sort every item is frozen or gas; neighbours must compare as the sorted order says.
    for (int i = 1; i < n; i++) {
      assertTrue(adversary.compare(items[i - 1], items[i]) <= 0, "items out of order at " + i);
    }
  }

  @Test
  void theFrozenValuesReplayTheSameWorkAsAnOrdinaryInput() {
    int n = 4096;
    QuicksortAdversary adversary = new QuicksortAdversary(n);
    CountingComparator<Integer> live = CountingComparator.of(adversary);
    QuickSort.sort(adversary.items(), live);

    // The same sort on the frozen values, compared by plain natural order, repeats every step.
    Integer[] replay = Arrays.stream(QuicksortAdversary.killerInput(n)).boxed().toArray(Integer[]::new);
    CountingComparator<Integer> natural = CountingComparator.naturalOrder();
    QuickSort.sort(replay, natural);
    assertEquals(live.count(), natural.count());

    Integer[] random = new Random(1).ints(n).boxed().toArray(Integer[]::new);
    CountingComparator<Integer> onRandom = CountingComparator.naturalOrder();
    QuickSort.sort(random, onRandom);
    assertTrue(natural.count() > onRandom.count(),
        "killer input: " + natural.count() + " comparisons, random: " + onRandom.count());
  }
}
