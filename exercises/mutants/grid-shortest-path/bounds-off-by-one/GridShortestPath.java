// verdict: failing
// mistake: Checks r <= rows and c <= columns, so it asks the grid for cells just outside it.
package io.github.dsalab.exercises.graph;

import io.github.dsalab.exercises.support.Grid;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.OptionalInt;
import java.util.Queue;

/** Reference solution of the grid shortest path exercise (the statement is in the stub). */
public final class GridShortestPath {
  private static final int[] ROW_STEPS = {-1, 1, 0, 0};
  private static final int[] COLUMN_STEPS = {0, 0, -1, 1};

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
    if (!grid.isOpen(fromRow, fromColumn) || !grid.isOpen(toRow, toColumn)) {
      return OptionalInt.empty();
    }
    int columns = grid.columns();
    int[] distance = new int[grid.rows() * columns];
    Arrays.fill(distance, -1);
    Queue<Integer> queue = new ArrayDeque<>();
    distance[fromRow * columns + fromColumn] = 0;
    queue.add(fromRow * columns + fromColumn);
    // The queue holds cells in order of distance, so the first visit of a cell is the shortest.
    while (!queue.isEmpty()) {
      int cell = queue.remove();
      int row = cell / columns;
      int column = cell % columns;
      if (row == toRow && column == toColumn) {
        return OptionalInt.of(distance[cell]);
      }
      for (int d = 0; d < 4; d++) {
        int r = row + ROW_STEPS[d];
        int c = column + COLUMN_STEPS[d];
        if (r >= 0 && r <= grid.rows() && c >= 0 && c <= columns && distance[r * columns + c] < 0
            && grid.isOpen(r, c)) {
          distance[r * columns + c] = distance[cell] + 1;
          queue.add(r * columns + c);
        }
      }
    }
    return OptionalInt.empty();
  }
}
