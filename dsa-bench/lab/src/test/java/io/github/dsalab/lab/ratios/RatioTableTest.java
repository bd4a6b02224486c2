package io.github.dsalab.lab.ratios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The ratio table: one row per pair with ours, the baseline, the ratio, its range and the goal. */
class RatioTableTest {
  @Test
  void aRowShowsScoresMedianRatioRangeGoalVerdictsAndAllocation() {
    PairMeasurement tree = new PairMeasurement(HeadlinePair.AVL_TREE, 1_000_000, List.of(400.0, 420.0, 800.0),
        List.of(500.0, 500.0, 1000.0), "ms/op", 40_000_016.0, 40_000_048.0);
    PairMeasurement heap = new PairMeasurement(HeadlinePair.BINARY_HEAP, 1_000_000, List.of(100.0, 90.0),
        List.of(100.0, 100.0), "ms/op", 16_200_000.0, 13_700_000.0);
    String table = RatioTable.render(List.of(tree, heap));
    List<String> lines = table.lines().toList();
    assertEquals(4, lines.size(), table);
    assertTrue(lines.get(0).startsWith("pair"), table);
    assertTrue(lines.get(1).startsWith("----"), table);
    String treeRow = lines.get(2);
    assertTrue(treeRow.startsWith("AvlTree put+get / TreeMap"), treeRow);
    assertTrue(treeRow.contains("420.0 ms/op") && treeRow.contains("500.0 ms/op"), treeRow);
    assertTrue(treeRow.contains("0.800"), treeRow);
    assertTrue(treeRow.contains("0.800-0.840 (75%, 3 rounds)"), treeRow);
    assertTrue(treeRow.contains("<= 1.00"), treeRow);
    assertTrue(treeRow.contains("40.0 / 40.0 B per put"), treeRow);
    String heapRow = lines.get(3);
    // Ratios 1.00 and 0.90: median 0.95 meets the heap's goal of 0.95, one round does not.
    assertTrue(heapRow.contains("0.950"), heapRow);
    assertTrue(heapRow.contains(" met ") && heapRow.contains("unclear"), heapRow);
    assertTrue(heapRow.contains("16.2 / 13.7 B per offer"), heapRow);
  }

  @Test
  void columnsLineUpAndAMissingAllocationSaysSo() {
    PairMeasurement search = new PairMeasurement(HeadlinePair.BINARY_SEARCH, 1_000_000, List.of(50.0, 60.0),
        List.of(55.0, 55.0), "ns/op", Double.NaN, Double.NaN);
    PairMeasurement sort = new PairMeasurement(HeadlinePair.QUICK_SORT_OBJECTS, 1_000_000, List.of(200.0, 210.0),
        List.of(300.0, 290.0), "ms/op", 4_000_000.0, 6_000_000.0);
    List<String> lines = RatioTable.render(List.of(search, sort)).lines().toList();
    int ratioColumn = lines.get(0).indexOf("ratio");
    assertTrue(lines.get(2).contains("not measured"), lines.get(2));
    assertTrue(lines.get(3).contains("4.0 / 6.0 B per element"), lines.get(3));
    // Right-aligned numbers end where the header ends.
    int headerEnd = ratioColumn + "ratio".length();
    // Search: 50/55 and 60/55, median 1.000; sort: 200/300 and 210/290, median 0.695.
    assertEquals("1.000", lines.get(2).substring(headerEnd - 5, headerEnd));
    assertEquals("0.695", lines.get(3).substring(headerEnd - 5, headerEnd));
  }
}
