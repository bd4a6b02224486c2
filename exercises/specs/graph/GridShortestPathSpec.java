package io.github.dsalab.exercises.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dsalab.exercises.support.Grid;
import io.github.dsalab.exercises.support.InputFamily;
import io.github.dsalab.exercises.support.TimedCall;
import io.github.dsalab.exercises.support.Workload;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.Queue;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class GridShortestPathSpec {
  private static final Grid EXAMPLE = Grid.of("..#", "#..", "##.");

  @Test
  void findsTheShortestWayAroundWalls() {
    assertEquals(OptionalInt.of(4), GridShortestPath.steps(EXAMPLE, 0, 0, 2, 2));
  }

  @Test
  void theStartIsZeroStepsAway() {
    assertEquals(OptionalInt.of(0), GridShortestPath.steps(EXAMPLE, 1, 1, 1, 1));
  }

  @Test
  void wallsAndUnreachableCellsGiveEmpty() {
    assertEquals(OptionalInt.empty(), GridShortestPath.steps(EXAMPLE, 0, 0, 0, 2));
    assertEquals(OptionalInt.empty(), GridShortestPath.steps(Grid.of(".#."), 0, 0, 0, 2));
  }

  /** Random 5×5 grids (bits of the mask are walls), between random cells. */
  @Property(tries = 300)
  void matchesAReferenceSearch(@ForAll @Size(min = 25, max = 25) List<@IntRange(min = 0, max = 2) Integer> cells,
      @ForAll @IntRange(min = 0, max = 24) int from, @ForAll @IntRange(min = 0, max = 24) int to) {
    String[] rows = new String[5];
    for (int r = 0; r < 5; r++) {
      StringBuilder row = new StringBuilder();
      for (int c = 0; c < 5; c++) {
        row.append(cells.get(r * 5 + c) == 0 ? '#' : '.');
      }
      rows[r] = row.toString();
    }
    Grid grid = Grid.of(rows);
    assertEquals(reference(rows, from, to), GridShortestPath.steps(grid, from / 5, from % 5, to / 5, to % 5),
        "steps from (" + from / 5 + ", " + from % 5 + ") to (" + to / 5 + ", " + to % 5 + ") in " + Arrays.toString(rows));
  }

  private static OptionalInt reference(String[] rows, int from, int to) {
    if (rows[from / 5].charAt(from % 5) == '#' || rows[to / 5].charAt(to % 5) == '#') {
      return OptionalInt.empty();
    }
    int[] distance = new int[25];
    Arrays.fill(distance, -1);
    distance[from] = 0;
    Queue<Integer> queue = new ArrayDeque<>(List.of(from));
    while (!queue.isEmpty()) {
      int cell = queue.remove();
      int[] next = {cell - 5, cell + 5, cell % 5 > 0 ? cell - 1 : -1, cell % 5 < 4 ? cell + 1 : -1};
      for (int n : next) {
        if (n >= 0 && n < 25 && distance[n] < 0 && rows[n / 5].charAt(n % 5) == '.') {
          distance[n] = distance[cell] + 1;
          queue.add(n);
        }
      }
    }
    return distance[to] < 0 ? OptionalInt.empty() : OptionalInt.of(distance[to]);
  }

  /**
   * isOpen calls to cross a grid of about n cells from one corner to the far end: a winding maze
   * (rows of walls with one gap, alternating sides) or an open grid. The search is timed for the
   * gate's second measure.
   */
  @Workload({InputFamily.MAZE, InputFamily.OPEN_GRID})
  static long reads(InputFamily family, int n) {
    int side = (int) Math.round(Math.sqrt(n));
    String[] rows = new String[side];
    for (int r = 0; r < side; r++) {
      if (r % 2 == 0 || family == InputFamily.OPEN_GRID) {
        rows[r] = ".".repeat(side);
      } else {
        boolean gapRight = r % 4 == 1;
        rows[r] = gapRight ? "#".repeat(side - 1) + "." : "." + "#".repeat(side - 1);
      }
    }
    Grid grid = Grid.of(rows);
    int lastRow = side - 1;
    int lastColumn = family == InputFamily.OPEN_GRID || lastRow % 4 == 0 ? side - 1 : 0;
    TimedCall.of(() -> GridShortestPath.steps(grid, 0, 0, lastRow, lastColumn));
    return grid.reads();
  }
}
