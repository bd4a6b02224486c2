package io.github.dsalab.lab.benchmarks;

import io.github.dsalab.lab.inputs.InputShape;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The cells one forked JVM of {@link GrowthBenchmark} times and how its measured iterations map
 * onto them: round after round, each round one iteration per cell (an input shape and a size, or a
 * graph's V and E) in the same order. The first round settles every cell's new data into the caches
 * and the collector and is thrown away; the {@code replicates} rounds after it are measured. Timing
 * every size of an algorithm in one fork pays the fork's start-up once instead of once per size,
 * which is what lets the default lab run time every algorithm of the catalogue in under three
 * minutes.
 *
 * <p>Rounds, not blocks of one cell: a cell's replicates are then spread over the fork's whole run,
 * so whatever drifts while it runs (the JIT's later decisions, the collector, a neighbour on the
 * machine) shows up as differences between replicates, where the fitter's lack-of-fit test counts it
 * as noise, instead of as differences between sizes, where it would read as a misfit of the class.
 * With the cells in blocks, three back-to-back replicates agreed to within a percent or two and the
 * test rejected every class for timings whose cost per comparison wandered by ±20 % from size to
 * size.
 *
 * <p>The fork and the timing pass read the same plan: the fork to know which input to build
 * before each iteration, the pass to know which cell each iteration's score belongs to. The plan
 * travels to the fork as the text of a JMH {@code @Param}: {@code RANDOM:1024,SORTED:1024} or, for
 * a graph, {@code RANDOM:4096x65536}.
 *
 * <p>Cost: {@code O(c)} to parse or format {@code c} cells; {@code O(1)} per lookup.
 *
 * <pre>{@code
 * SizeSweep sweep = SizeSweep.of(List.of(new SizeSweep.Cell(InputShape.RANDOM, 1024, 0)), 3);
 * sweep.iterationsPerFork();        // 4: one settling round, three measured
 * sweep.cellOf(2);                  // the cell the third iteration timed
 * }</pre>
 *
 * @param cells the cells, in the order the fork times them
 * @param replicates the measured rounds after the settling one
 */
public record SizeSweep(List<Cell> cells, int replicates) {
  /** A cell: the input's shape and size ({@code m} is a graph's arc count, 0 otherwise). */
  public record Cell(InputShape shape, int n, int m) {
    public Cell {
      Objects.requireNonNull(shape, "shape");
      if (n < 1 || m < 0) {
        throw new IllegalArgumentException("a cell's sizes must be n >= 1 and m >= 0, not n = " + n + ", m = " + m);
      }
    }

    String text() {
      return shape.name() + ":" + n + (m == 0 ? "" : "x" + m);
    }
  }

  public SizeSweep {
    cells = List.copyOf(cells);
    if (cells.isEmpty()) {
      throw new IllegalArgumentException("a sweep needs at least one cell");
    }
    if (replicates < 1) {
      throw new IllegalArgumentException("replicates is " + replicates + ", must be >= 1");
    }
  }

  public static SizeSweep of(List<Cell> cells, int replicates) {
    return new SizeSweep(cells, replicates);
  }

  /** The cells as the fork's {@code @Param} text. */
  public String cellsText() {
    StringBuilder text = new StringBuilder();
    for (Cell cell : cells) {
      text.append(text.length() == 0 ? "" : ",").append(cell.text());
    }
    return text.toString();
  }

  /**
   * Reads {@link #cellsText()} back.
   *
   * @throws IllegalArgumentException naming the bad cell when the text is not a list of cells
   */
  public static List<Cell> parseCells(String text) {
    Objects.requireNonNull(text, "text");
    List<Cell> cells = new ArrayList<>();
    for (String part : text.split(",")) {
      String[] shapeAndSize = part.trim().split(":");
      if (shapeAndSize.length != 2) {
        throw new IllegalArgumentException("cell '" + part + "' is not SHAPE:N or SHAPE:VxE");
      }
      try {
        InputShape shape = InputShape.valueOf(shapeAndSize[0]);
        String[] sizes = shapeAndSize[1].split("x");
        cells.add(new Cell(shape, Integer.parseInt(sizes[0]), sizes.length > 1 ? Integer.parseInt(sizes[1]) : 0));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("cell '" + part + "' is not SHAPE:N or SHAPE:VxE: " + e.getMessage(), e);
      }
    }
    return cells;
  }

  /** Measured iterations the fork runs: a settling round plus the replicates, each one iteration per cell. */
  public int iterationsPerFork() {
    return cells.size() * (1 + replicates);
  }

  /** The cell measured iteration {@code index} (0-based, in the fork's order) times. */
  public Cell cellOf(int index) {
    if (index < 0 || index >= iterationsPerFork()) {
      throw new IllegalArgumentException("iteration " + index + " is outside 0.." + (iterationsPerFork() - 1));
    }
    return cells.get(cellIndex(index, cells.size()));
  }

  /** Whether measured iteration {@code index} belongs to the settling round, whose scores are discarded. */
  public boolean settles(int index) {
    return index < cells.size();
  }

  /**
   * The cell of measured iteration {@code index} over {@code cells} cells: what the fork itself
   * computes, knowing only how many cells there are.
   */
  static int cellIndex(int index, int cells) {
    return index % cells;
  }
}
