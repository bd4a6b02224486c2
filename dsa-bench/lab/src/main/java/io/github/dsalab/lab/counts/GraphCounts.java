package io.github.dsalab.lab.counts;

import io.github.dsalab.complexity.TwoVariableClass;
import io.github.dsalab.graph.BreadthFirstSearch;
import io.github.dsalab.graph.CountingGraph;
import io.github.dsalab.graph.DepthFirstSearch;
import io.github.dsalab.graph.Graph;
import io.github.dsalab.graph.TopologicalSort;
import io.github.dsalab.lab.inputs.InputShape;
import io.github.dsalab.lab.inputs.GraphGenerator;
import io.github.dsalab.lab.inputs.Sizes;
import io.github.dsalab.lab.results.CountExperiment;
import io.github.dsalab.lab.results.TimingSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * The graphs topic's count experiments: the work of a traversal, counted as vertices visited (from
 * the algorithm's own result) plus arcs scanned (through the {@link CountingGraph} view), on a grid
 * of graphs whose vertex count V and arc count E vary independently. The fit is two-variable, so it
 * can tell O(V + E) from O(V) or O(E) alone.
 *
 * <p>Each graph is a directed path {@code 0 → 1 → … → V−1} plus random arcs from a fixed seed, so a
 * search from vertex 0 reaches every vertex whatever the density; its arc count E includes the
 * path's V − 1 arcs. For the topological sort the random arcs point from lower to higher vertex, so
 * the graph is acyclic.
 */
public final class GraphCounts {
  /** V = 256 … 65536: nine doublings. */
  static final List<Integer> VERTICES = Sizes.doubling(256, 9);
  /** Random arcs added to the path, 256 … 65536 (so E runs from V − 1 + 256 to V − 1 + 65536). */
  static final List<Integer> RANDOM_ARCS = Sizes.doubling(256, 9);
  /**
   * Timed grid: V = 4 096 … 16 384 with 32 768 … 131 072 random arcs, each varied on its own (nine
   * graphs), so the timings get the same two-variable fit as the counts. V stops at 16 384 so that a
   * search's own per-vertex arrays (marks, distances, parents, queue: about 13 bytes a vertex, up to
   * 208 KiB) stay in L2 on every graph: with V up to 65 536 the cost per vertex rose with V (breadth
   * first search: ~5–8 ns per vertex or arc at V = 16 384, 10–17 ns at 65 536) and the verdict
   * changed between runs. JGraphT also takes seconds to build a graph of 655 359 arcs.
   */
  static final List<CountExperiment.Size> TIMED = grid(Sizes.doubling(4096, 3), Sizes.doubling(32768, 3));

  /** Bytes per vertex: the CSR row offset plus the search's own arrays (visited, queue, order). */
  static final int BYTES_PER_VERTEX = 16;
  /** Bytes per arc of a CSR graph: one int. */
  static final int BYTES_PER_ARC = 4;

  private GraphCounts() {}

  static List<CountExperiment> experiments() {
    List<CountExperiment> rows = new ArrayList<>();
    List<CountExperiment.Size> grid = grid(VERTICES, RANDOM_ARCS);
    rows.add(new CountExperiment("graph", "breadth-first search", InputShape.RANDOM, TwoVariableClass.VERTICES_PLUS_EDGES,
        "vertices visited + arcs scanned",
        "each reached vertex is dequeued once and scans each of its arcs once",
        grid, (v, e) -> traversal(v, e - (v - 1), false, GraphCounts::breadthFirst),
        timing("breadth-first-search", "JGraphT BreadthFirstIterator")));
    rows.add(new CountExperiment("graph", "depth-first search", InputShape.RANDOM, TwoVariableClass.VERTICES_PLUS_EDGES,
        "vertices visited + arcs scanned",
        "each vertex is discovered once and each arc is followed once (explicit stack, no recursion)",
        grid, (v, e) -> traversal(v, e - (v - 1), false, GraphCounts::depthFirst),
        TimingSpec.grid("depth-first-search", null, null, TIMED, BYTES_PER_VERTEX, BYTES_PER_ARC)));
    rows.add(new CountExperiment("graph", "topological sort (Kahn)", InputShape.RANDOM, TwoVariableClass.VERTICES_PLUS_EDGES,
        "vertices ordered + arcs scanned",
        "in-degrees take one pass over the arcs, then each vertex leaves the queue once and"
            + " scans its arcs once",
        grid, (v, e) -> traversal(v, e - (v - 1), true, GraphCounts::kahn),
        timing("topological-sort", "JGraphT TopologicalOrderIterator")));
    return rows;
  }

  private static TimingSpec timing(String workload, String baselineName) {
    return TimingSpec.grid(workload, "jgrapht-" + workload, baselineName, TIMED, BYTES_PER_VERTEX, BYTES_PER_ARC);
  }

  /** Vertices visited (as {@code search} reports them) plus arcs scanned on the generated graph. */
  static long traversal(int vertices, int randomArcs, boolean acyclic, ToIntFunction<Graph> search) {
    CountingGraph counted = CountingGraph.of(graph(vertices, randomArcs, acyclic));
    int visited = search.applyAsInt(counted);
    return visited + counted.arcsScanned();
  }

  /** A path through all vertices plus {@code randomArcs} random arcs (lower to higher when acyclic). */
  static Graph graph(int vertices, int randomArcs, boolean acyclic) {
    return GraphGenerator.pathWithRandomArcs(vertices, randomArcs, acyclic);
  }

  /** The (V, E) grid of the generated graphs: every V with every number of random arcs. */
  static List<CountExperiment.Size> grid(List<Integer> vertices, List<Integer> randomArcs) {
    List<CountExperiment.Size> grid = new ArrayList<>();
    for (int v : vertices) {
      for (int extra : randomArcs) {
        grid.add(new CountExperiment.Size(v, v - 1 + extra));
      }
    }
    return grid;
  }

  private static int breadthFirst(Graph graph) {
    return new BreadthFirstSearch(graph, 0).visitOrder().size();
  }

  private static int depthFirst(Graph graph) {
    return new DepthFirstSearch(graph, 0).preorder().size();
  }

  private static int kahn(Graph graph) {
    TopologicalSort sort = TopologicalSort.kahn(graph);
    if (!sort.hasOrder()) {
      throw new IllegalStateException("the generated graph should be acyclic but has cycle " + sort.cycle());
    }
    return sort.order().size();
  }
}
