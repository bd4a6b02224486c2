package io.github.dsalab.lab.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dsalab.lab.inputs.InputShape;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A sweep's cells travel to the fork as text and come back unchanged; iterations visit the cells in rounds. */
class SizeSweepTest {
  private static final SizeSweep.Cell SMALL = new SizeSweep.Cell(InputShape.RANDOM, 1024, 0);
  private static final SizeSweep.Cell LARGE = new SizeSweep.Cell(InputShape.SORTED, 2048, 0);
  private static final SizeSweep.Cell GRAPH = new SizeSweep.Cell(InputShape.RANDOM, 4096, 65535);

  @Test
  void cellsSurviveTheTripAsText() {
    SizeSweep sweep = SizeSweep.of(List.of(SMALL, LARGE, GRAPH), 3);
    assertEquals("RANDOM:1024,SORTED:2048,RANDOM:4096x65535", sweep.cellsText());
    assertEquals(sweep.cells(), SizeSweep.parseCells(sweep.cellsText()));
  }

  @Test
  void roundsVisitEveryCellInTurnAndTheFirstRoundSettles() {
    SizeSweep sweep = SizeSweep.of(List.of(SMALL, LARGE), 3);
    assertEquals(8, sweep.iterationsPerFork());
    List<SizeSweep.Cell> expected = List.of(SMALL, LARGE, SMALL, LARGE, SMALL, LARGE, SMALL, LARGE);
    for (int i = 0; i < 8; i++) {
      assertEquals(expected.get(i), sweep.cellOf(i), "iteration " + i);
      assertEquals(i < 2, sweep.settles(i), "iteration " + i);
    }
    assertThrows(IllegalArgumentException.class, () -> sweep.cellOf(8));
  }

  @Test
  void theForkFindsTheSameCellFromTheCellCountAlone() {
    SizeSweep sweep = SizeSweep.of(List.of(SMALL, LARGE, GRAPH), 2);
    for (int i = 0; i < sweep.iterationsPerFork(); i++) {
      assertEquals(sweep.cellOf(i), sweep.cells().get(SizeSweep.cellIndex(i, sweep.cells().size())));
    }
  }

  @Test
  void badTextNamesTheBadCell() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SizeSweep.parseCells("RANDOM:1024,ROUND:5"));
    assertTrue(e.getMessage().contains("'ROUND:5'"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> SizeSweep.parseCells("RANDOM:0"));
    assertTrue(e.getMessage().contains("n = 0"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> SizeSweep.of(List.of(), 3));
    assertThrows(IllegalArgumentException.class, () -> SizeSweep.of(List.of(SMALL), 0));
    assertFalse(SizeSweep.of(List.of(SMALL), 1).settles(1));
  }
}
