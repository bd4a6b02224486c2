package io.github.dsalab.exercises.graph;

import io.github.dsalab.exercises.support.Grid;
import java.util.OptionalInt;

/**
 * Exercise: shortest path in a grid, by breadth-first search.
 *
 * <p>From cell {@code (fromRow, fromColumn)} you may step up, down, left or right onto open
 * cells ({@code grid.isOpen(row, column)}; cells outside the grid count as walls). Return the
 * least number of steps to reach {@code (toRow, toColumn)}, 0 if it is the start, or
 * {@link OptionalInt#empty()} if it cannot be reached or either cell is a wall.
 *
 * <pre>
 * . . #          from (0, 0) to (2, 2):  OptionalInt[4]
 * # . .
 * # # .
 * </pre>
 *
 * <p>Expected cost: {@code O(cells)}: breadth-first search visits cells in order of distance,
 * so each cell is reached once, by a shortest path. The checker counts calls to
 * {@code isOpen} on a winding maze; searching the grid again for every distance is
 * {@code O(cells²)} there and does not pass.
 */
public final class GridShortestPath {
  private GridShortestPath() {}

  /**
   * Returns the number of steps of a shortest path.
   *
   * @param grid the grid
   * @param fromRow the start row
   * @param fromColumn the start column
   * @param toRow the target row
   * @param toColumn the target column
   * @return the distance, or empty if the target cannot be reached
   */
  public static OptionalInt steps(Grid grid, int fromRow, int fromColumn, int toRow, int toColumn) {
    throw new UnsupportedOperationException("TODO: breadth-first search from the start cell");
  }
}
