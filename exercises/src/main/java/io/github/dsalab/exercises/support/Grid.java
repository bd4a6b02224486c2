package io.github.dsalab.exercises.support;

import java.util.Arrays;
import java.util.Objects;

/**
 * A rectangle of cells, each open ({@code '.'}) or a wall ({@code '#'}), for the grid
 * exercises. Cells are addressed by row and column from the top-left corner {@code (0, 0)}.
 *
 * <p>The grid counts how many times {@link #isOpen(int, int)} is asked, which is how the checker
 * measures the work of a grid search.
 *
 * <table class="striped">
 *   <caption>Cost</caption>
 *   <tr><th>operation</th><th>time</th><th>space</th></tr>
 *   <tr><td>{@code of}</td><td>{@code O(rows × columns)}</td><td>{@code O(rows × columns)}</td></tr>
 *   <tr><td>{@code isOpen}, {@code rows}, {@code columns}, {@code reads}</td><td>{@code O(1)}</td><td>—</td></tr>
 * </table>
 *
 * <pre>{@code
 * Grid grid = Grid.of("..#",
 *                     "...");
 * boolean open = grid.isOpen(0, 2);   // false: a wall
 * }</pre>
 */
public final class Grid {
  private final String[] rows;
  private long reads;

  private Grid(String[] rows) {
    this.rows = rows;
  }

  /**
   * Returns the grid drawn by {@code rows}, one string per row, all of the same length, using
   * {@code '.'} for open cells and {@code '#'} for walls.
   *
   * @param rows the rows, top to bottom
   * @return the grid
   * @throws NullPointerException if {@code rows} or one of its strings is null
   * @throws IllegalArgumentException if there are no rows, the rows differ in length, or a cell is
   *     neither {@code '.'} nor {@code '#'}
   */
  public static Grid of(String... rows) {
    Objects.requireNonNull(rows, "rows");
    if (rows.length == 0) {
      throw new IllegalArgumentException("a grid needs at least 1 row, got 0");
    }
    String[] copy = rows.clone();
    for (int r = 0; r < copy.length; r++) {
      Objects.requireNonNull(copy[r], "rows[" + r + "]");
      if (copy[r].length() != copy[0].length()) {
        throw new IllegalArgumentException("row " + r + " has length " + copy[r].length()
            + " but row 0 has length " + copy[0].length());
      }
      for (int c = 0; c < copy[r].length(); c++) {
        char cell = copy[r].charAt(c);
        if (cell != '.' && cell != '#') {
          throw new IllegalArgumentException("cell (" + r + ", " + c + ") is '" + cell
              + "'; cells must be '.' (open) or '#' (wall)");
        }
      }
    }
    return new Grid(copy);
  }

  /**
   * Returns the number of rows.
   *
   * @return the number of rows, at least 1
   */
  public int rows() {
    return rows.length;
  }

  /**
   * Returns the number of columns.
   *
   * @return the number of columns
   */
  public int columns() {
    return rows[0].length();
  }

  /**
   * Tells whether a cell is open. Cells outside the grid are walls, so a search may ask about
   * its neighbours without checking the borders first.
   *
   * @param row the row, from 0 at the top
   * @param column the column, from 0 at the left
   * @return {@code true} if the cell is inside the grid and open
   */
  public boolean isOpen(int row, int column) {
    reads++;
    return row >= 0 && row < rows.length && column >= 0 && column < rows[0].length()
        && rows[row].charAt(column) == '.';
  }

  /**
   * Returns how many times {@link #isOpen(int, int)} was called.
   *
   * @return the count
   */
  public long reads() {
    return reads;
  }

  /** Returns the rows joined by line breaks. */
  @Override
  public String toString() {
    return String.join("\n", Arrays.asList(rows));
  }
}
