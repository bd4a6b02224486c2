package io.github.dsalab.complexity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dsalab.counting.CountingIntPredicate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The growth API as an exercise checker uses it: on the caller's own code. */
class GrowthMeasurementTest {
  private static final GrowthMeasurement<Integer[]> RANDOM_ARRAYS =
      GrowthMeasurement.of((n, random) -> random.ints(n).boxed().toArray(Integer[]::new))
          .doublingSizes(8, 9);

  /** A learner's insertion sort: about n²/4 comparisons on random input. */
  private static <E> void insertionSort(E[] array, Comparator<? super E> order) {
    for (int i = 1; i < array.length; i++) {
      E item = array[i];
      int j = i;
      while (j > 0 && order.compare(array[j - 1], item) > 0) {
        array[j] = array[j - 1];
        j--;
      }
      array[j] = item;
    }
  }

  @Test
  void aQuadraticSortIsCaughtWhereNLogNIsRequired() {
    Verdict verdict = RANDOM_ARRAYS.countComparisons(
        Comparator.<Integer>naturalOrder(), GrowthMeasurementTest::insertionSort);
    assertEquals(ComplexityClass.QUADRATIC, verdict.best());
    // Random input: n²/4 comparisons on average, so the coefficient of n² is about 1/4.
    assertEquals(0.25, verdict.leadingCoefficient(), 0.0125);
    AssertionError error = assertThrows(
        AssertionError.class, () -> verdict.assertGrowsNoFasterThan(ComplexityClass.N_LOG_N));
    assertTrue(error.getMessage().startsWith("measured O(n²) where at most O(n log n) is expected"),
        error.getMessage());
  }

  @Test
  void theJdkSortPassesAnNLogNBound() {
    Verdict verdict = RANDOM_ARRAYS.countComparisons(
        Comparator.<Integer>naturalOrder(), (array, comparator) -> Arrays.sort(array, comparator));
    verdict.assertGrowsNoFasterThan(ComplexityClass.N_LOG_N);
    verdict.assertGrowsLike(ComplexityClass.N_LOG_N);
  }

  @Test
  void ownCountsAreFittedToo() {
    Verdict verdict = GrowthMeasurement.of((n, random) -> n)
        .doublingSizes(16, 12)
        .countOperations(n -> {
          CountingIntPredicate atLeast = CountingIntPredicate.of(i -> i >= n / 3);
          int low = 0;
          int high = n;
          while (low < high) {
            int middle = (low + high) >>> 1;
            if (atLeast.test(middle)) {
              high = middle;
            } else {
              low = middle + 1;
            }
          }
          return atLeast.count();
        });
    verdict.assertGrowsLike(ComplexityClass.LOGARITHMIC);
  }

  @Test
  void inputsRepeatForTheSameSeedAndDifferAcrossSeeds() {
    GrowthMeasurement<Integer[]> measurement = RANDOM_ARRAYS.repetitions(1);
    Verdict first = measurement.countComparisons(Comparator.<Integer>naturalOrder(), GrowthMeasurementTest::insertionSort);
    Verdict again = measurement.countComparisons(Comparator.<Integer>naturalOrder(), GrowthMeasurementTest::insertionSort);
    Verdict other = measurement.seed(7)
        .countComparisons(Comparator.<Integer>naturalOrder(), GrowthMeasurementTest::insertionSort);
    assertArrayEquals(first.medians(), again.medians());
    assertTrue(!Arrays.equals(first.medians(), other.medians()));
  }

  @Test
  void timingReturnsAVerdictOverTheConfiguredSizes() {
    Verdict verdict = GrowthMeasurement.of((n, random) -> new long[n])
        .doublingSizes(64, 9)
        .repetitions(3)
        .warmups(1)
        .candidates(EnumSet.of(ComplexityClass.LINEAR, ComplexityClass.QUADRATIC, ComplexityClass.CUBIC))
        .time(array -> {
          Arrays.fill(array, 3);
          return array;
        });
    assertArrayEquals(new long[] {64, 128, 256, 512, 1024, 2048, 4096, 8192, 16384}, verdict.sizes());
    assertTrue(Arrays.stream(verdict.medians()).allMatch(time -> time >= 1));
    assertTrue(EnumSet.of(ComplexityClass.LINEAR, ComplexityClass.QUADRATIC, ComplexityClass.CUBIC)
        .contains(verdict.best()));
  }

  @Test
  void tooFewSizesAreRejectedNamingTheCount() {
    IllegalArgumentException error = assertThrows(
        IllegalArgumentException.class, () -> RANDOM_ARRAYS.sizes(1, 2, 4, 8, 16, 32, 64, 64));
    assertEquals("only 7 distinct sizes; at least 9 are needed", error.getMessage());
    IllegalArgumentException doubling =
        assertThrows(IllegalArgumentException.class, () -> RANDOM_ARRAYS.doublingSizes(16, 8));
    assertEquals("count = 8 is below the minimum of 9 sizes", doubling.getMessage());
    assertThrows(IllegalArgumentException.class, () -> RANDOM_ARRAYS.doublingSizes(1 << 24, 9));
    assertThrows(IllegalArgumentException.class, () -> RANDOM_ARRAYS.sizes(0, 1, 2, 3, 4, 5, 6, 7, 8));
  }

  @Test
  void zeroCountsAndBadSettingsAreRejected() {
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> RANDOM_ARRAYS.countOperations(array -> 0));
    assertEquals("the code counted 0 operations at n = 8; counts must be at least 1", error.getMessage());
    assertThrows(IllegalArgumentException.class, () -> RANDOM_ARRAYS.repetitions(0));
    assertThrows(IllegalArgumentException.class, () -> RANDOM_ARRAYS.warmups(-1));
    assertThrows(NullPointerException.class, () -> GrowthMeasurement.of(null));
  }
}
