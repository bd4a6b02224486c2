package io.github.dsalab.lab.ratios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The arithmetic of paired rounds: ratios per round, their median, range, confidence and verdict. */
class PairMeasurementTest {
  private static PairMeasurement of(HeadlinePair pair, List<Double> ours, List<Double> baseline) {
    return new PairMeasurement(pair, 1_000_000, ours, baseline, "ms/op", Double.NaN, Double.NaN);
  }

  @Test
  void eachRoundIsDividedByItsOwnBaselineNotByTheBaselineMedian() {
    // A machine that slows down by half in round 2 slows both sides: the paired ratio stays 0.8.
    PairMeasurement m = of(HeadlinePair.AVL_TREE, List.of(80.0, 160.0, 84.0), List.of(100.0, 200.0, 100.0));
    assertEquals(List.of(0.8, 0.8, 0.84), m.ratios());
    assertEquals(0.8, m.medianRatio(), 1e-12);
    assertEquals(0.8, m.lowRatio(), 1e-12);
    assertEquals(0.84, m.highRatio(), 1e-12);
    assertEquals(84.0, m.oursMedian(), 1e-12);
    assertEquals(100.0, m.baselineMedian(), 1e-12);
  }

  @Test
  void anEvenNumberOfRoundsTakesTheMeanOfTheMiddleTwo() {
    PairMeasurement m = of(HeadlinePair.QUICK_SORT_INTS, List.of(1.0, 3.0, 2.0, 4.0), List.of(1.0, 1.0, 1.0, 1.0));
    assertEquals(2.5, m.medianRatio(), 1e-12);
  }

  @Test
  void theRangeIsAConfidenceIntervalOfOneMinusTwoToTheOneMinusK() {
    assertEquals(0.5, of(HeadlinePair.BFS, List.of(1.0, 1.0), List.of(1.0, 1.0)).confidence(), 1e-12);
    assertEquals(0.75, of(HeadlinePair.BFS, List.of(1.0, 1.0, 1.0), List.of(1.0, 1.0, 1.0)).confidence(), 1e-12);
    assertEquals(0.9375,
        of(HeadlinePair.BFS, List.of(1.0, 1.0, 1.0, 1.0, 1.0), List.of(1.0, 1.0, 1.0, 1.0, 1.0)).confidence(),
        1e-12);
  }

  @Test
  void theVerdictIsMetNotMetOrUnclearAndTheMedianDecidesTheGoal() {
    // Goal for the heap: 0.95.
    PairMeasurement all = of(HeadlinePair.BINARY_HEAP, List.of(0.90, 0.94, 0.93), List.of(1.0, 1.0, 1.0));
    assertEquals(GoalVerdict.MET, all.verdict());
    assertTrue(all.medianMeetsGoal());
    PairMeasurement none = of(HeadlinePair.BINARY_HEAP, List.of(0.96, 1.2, 1.0), List.of(1.0, 1.0, 1.0));
    assertEquals(GoalVerdict.NOT_MET, none.verdict());
    assertFalse(none.medianMeetsGoal());
    PairMeasurement straddling = of(HeadlinePair.BINARY_HEAP, List.of(0.90, 0.94, 0.99), List.of(1.0, 1.0, 1.0));
    assertEquals(GoalVerdict.UNCLEAR, straddling.verdict());
    assertTrue(straddling.medianMeetsGoal());
    PairMeasurement exactlyAtGoal = of(HeadlinePair.BINARY_HEAP, List.of(0.95, 0.95), List.of(1.0, 1.0));
    assertEquals(GoalVerdict.MET, exactlyAtGoal.verdict());
  }

  @Test
  void allocationIsPerPutPerOfferOrPerElementNotPerCall() {
    PairMeasurement tree = new PairMeasurement(HeadlinePair.AVL_TREE, 1000, List.of(1.0, 1.0), List.of(1.0, 1.0),
        "ms/op", 40_016.0, 40_000.0);
    assertEquals(40.016, tree.oursBytesPerStep(), 1e-9);
    assertEquals(40.0, tree.baselineBytesPerStep(), 1e-9);
    PairMeasurement search = new PairMeasurement(HeadlinePair.BINARY_SEARCH, 1000, List.of(1.0, 1.0),
        List.of(1.0, 1.0), "ns/op", 0.0, 0.0);
    assertEquals(0.0, search.oursBytesPerStep(), 0.0);
  }

  @Test
  void unpairedTooFewOrNonPositiveScoresAreRejectedWithTheReason() {
    IllegalArgumentException unpaired = assertThrows(IllegalArgumentException.class,
        () -> of(HeadlinePair.AVL_TREE, List.of(1.0, 2.0, 3.0), List.of(1.0, 2.0)));
    assertTrue(unpaired.getMessage().contains("paired"), unpaired.getMessage());
    IllegalArgumentException one = assertThrows(IllegalArgumentException.class,
        () -> of(HeadlinePair.AVL_TREE, List.of(1.0), List.of(1.0)));
    assertTrue(one.getMessage().contains("at least 2"), one.getMessage());
    IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
        () -> of(HeadlinePair.AVL_TREE, List.of(1.0, 0.0), List.of(1.0, 1.0)));
    assertTrue(zero.getMessage().contains("0.0"), zero.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> of(HeadlinePair.AVL_TREE, List.of(1.0, Double.NaN), List.of(1.0, 1.0)));
  }

  @Test
  void pairedForksRejectFewerThanTwoRoundsAndEmptyIterations() {
    assertThrows(IllegalArgumentException.class, () -> new PairedForks(1, 3, 3, 1));
    assertThrows(IllegalArgumentException.class, () -> new PairedForks(2, -1, 3, 1));
    assertThrows(IllegalArgumentException.class, () -> new PairedForks(2, 3, 0, 1));
    assertThrows(IllegalArgumentException.class, () -> new PairedForks(2, 3, 3, 0));
  }

  @Test
  void everyPairSelectsExactlyItsOwnMethodsAndIsFoundByItsSlug() {
    for (HeadlinePair pair : HeadlinePair.values()) {
      assertEquals(pair, HeadlinePair.bySlug(pair.slug().toUpperCase(java.util.Locale.ROOT)).orElseThrow());
      assertTrue(pair.oursPattern().endsWith("$") && pair.oursPattern().startsWith("^"), pair.oursPattern());
      assertTrue(!pair.oursPattern().equals(pair.baselinePattern()), pair.slug());
    }
    assertTrue(HeadlinePair.bySlug("bogo-sort").isEmpty());
  }
}
