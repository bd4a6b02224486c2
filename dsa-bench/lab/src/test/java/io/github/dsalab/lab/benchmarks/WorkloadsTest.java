package io.github.dsalab.lab.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dsalab.lab.counts.Catalogue;
import io.github.dsalab.lab.inputs.InputShape;
import io.github.dsalab.lab.results.CountExperiment;
import io.github.dsalab.lab.results.TimingSpec;
import org.junit.jupiter.api.Test;

/**
 * The workloads the timing pass times: every timed row names one that exists and takes the row's
 * shape, and where a row has a baseline, ours and the baseline compute the same answer on the same
 * input (so the ratio compares the same work).
 */
class WorkloadsTest {

  @Test
  void everyTimedRowNamesAWorkloadThatTakesItsShape() {
    int timed = 0;
    for (CountExperiment experiment : Catalogue.all()) {
      TimingSpec spec = experiment.timing();
      if (spec == null) {
        continue;
      }
      timed++;
      assertTrue(Workloads.named(spec.workload()).shapes().contains(experiment.shape()), experiment.key());
      if (spec.baseline() != null) {
        assertTrue(Workloads.exists(spec.baseline()), experiment.key() + " baseline " + spec.baseline());
      }
    }
    // Every row of the catalogue is timed: sorts on every shape, searches, trees, heaps, graphs.
    assertEquals(Catalogue.all().size(), timed);
  }

  @Test
  void oursAndTheBaselineAnswerAlikeOnTheSameInput() {
    for (CountExperiment experiment : Catalogue.all()) {
      TimingSpec spec = experiment.timing();
      if (spec == null || spec.baseline() == null
          || !Workloads.named(spec.baseline()).shapes().contains(experiment.shape())) {
        continue;
      }
      // Small inputs of the row's shape: the same work as the timed sizes, quickly.
      int n = spec.twoSizes() ? 500 : 1000;
      int m = spec.twoSizes() ? 499 + 2000 : 0;
      long ours = Workloads.named(spec.workload()).prepare(experiment.shape(), n, m).getAsLong();
      long baseline = Workloads.named(spec.baseline()).prepare(experiment.shape(), n, m).getAsLong();
      // Sorts: the same smallest and largest key; searches: the same indices and insertion points
      // (distinct keys); heaps and traversals: the same keys polled, vertices reached.
      assertEquals(baseline, ours, experiment.key());
    }
  }

  @Test
  void everyCallDoesTheSameWorkAgain() {
    var sort = Workloads.named("insertion-sort").prepare(InputShape.REVERSED, 300, 0);
    assertEquals(sort.getAsLong(), sort.getAsLong(), "the second call sorts a fresh copy, not sorted data");
    var tree = Workloads.named("avl-put-get").prepare(InputShape.RANDOM, 300, 0);
    assertEquals(tree.getAsLong(), tree.getAsLong());
  }

  @Test
  void unknownNamesAndShapesAreRefusedByName() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Workloads.named("bogo-sort"));
    assertTrue(e.getMessage().contains("'bogo-sort'"), e.getMessage());
    assertFalse(Workloads.exists("bogo-sort"));
    e = assertThrows(IllegalArgumentException.class,
        () -> Workloads.named("heapify").prepare(InputShape.SORTED, 10, 0));
    assertTrue(e.getMessage().contains("heapify has no sorted input"), e.getMessage());
  }
}
