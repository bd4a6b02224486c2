// verdict: too-slow
// mistake: For each distance d rescans the whole grid for cells at distance d instead of using a queue.
package io.github.dsalab.exercises.graph;

import io.github.dsalab.exercises.support.Grid;
import java.util.Arrays;
import java.util.OptionalInt;

/** Correct but slow: for each distance d, scans the whole grid for the cells at distance d, O(cells · distance). The gate must reject it. */
public final class GridShortestPath {
  private GridShortestPath() {}

  public static OptionalInt steps(Grid grid, int fromRow, int fromColumn, int toRow, int toColumn) {
    if (!grid.isOpen(fromRow, fromColumn) || !grid.isOpen(toRow, toColumn)) {
      return OptionalInt.empty();
    }
    int rows = grid.rows();
    int columns = grid.columns();
    int[][] distance = new int[rows][columns];
    for (int[] row : distance) {
      Arrays.fill(row, -1);
    }
    distance[fromRow][fromColumn] = 0;
    for (int d = 0; ; d++) {
      if (distance[toRow][toColumn] >= 0) {
        return OptionalInt.of(distance[toRow][toColumn]);
      }
      boolean grew = false;
      for (int r = 0; r < rows; r++) {
        for (int c = 0; c < columns; c++) {
          if (grid.isOpen(r, c) && distance[r][c] == d) {
            int[][] next = {{r - 1, c}, {r + 1, c}, {r, c - 1}, {r, c + 1}};
            for (int[] n : next) {
              if (grid.isOpen(n[0], n[1]) && distance[n[0]][n[1]] < 0) {
                distance[n[0]][n[1]] = d + 1;
                grew = true;
              }
            }
          }
        }
      }
      if (!grew) {
        return OptionalInt.empty();
      }
    }
  }
}
