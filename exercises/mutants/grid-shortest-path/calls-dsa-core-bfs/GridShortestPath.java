// verdict: shortcut
// mistake: Builds a dsa-core Graph of the grid and runs dsa-core's BreadthFirstSearch on it.
package io.github.dsalab.exercises.graph;

import io.github.dsalab.exercises.support.Grid;
import io.github.dsalab.graph.BreadthFirstSearch;
import io.github.dsalab.graph.Graph;
import io.github.dsalab.graph.GraphBuilder;
import java.util.OptionalInt;

/** A wrong solution kept for the checker's own tests; see the mistake line above. */
public final class GridShortestPath {
  private GridShortestPath() {}

  public static OptionalInt steps(Grid grid, int fromRow, int fromColumn, int toRow, int toColumn) {
    if (!grid.isOpen(fromRow, fromColumn) || !grid.isOpen(toRow, toColumn)) {
      return OptionalInt.empty();
    }
    int columns = grid.columns();
    GraphBuilder builder = Graph.builder(grid.rows() * columns).undirected();
    for (int r = 0; r < grid.rows(); r++) {
      for (int c = 0; c < columns; c++) {
        if (!grid.isOpen(r, c)) {
          continue;
        }
        if (r + 1 < grid.rows() && grid.isOpen(r + 1, c)) {
          builder.addEdge(r * columns + c, (r + 1) * columns + c);
        }
        if (c + 1 < columns && grid.isOpen(r, c + 1)) {
          builder.addEdge(r * columns + c, r * columns + c + 1);
        }
      }
    }
    BreadthFirstSearch search = new BreadthFirstSearch(builder.build(), fromRow * columns + fromColumn);
    int target = toRow * columns + toColumn;
    return search.hasPathTo(target) ? OptionalInt.of(search.distanceTo(target)) : OptionalInt.empty();
  }
}
