package io.github.dsalab.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The facts that {@code seeds/graphs/README.md} states about the seed graphs. */
class SeedGraphsTest {
  private static final Path SEEDS = Path.of("..", "seeds", "graphs");

  private static Graph read(String name) throws IOException {
    return GraphReader.read(SEEDS.resolve(name));
  }

  @Test
  void tinyUndirected() throws IOException {
    Graph g = read("tiny-undirected.txt");
    BreadthFirstSearch bfs = new BreadthFirstSearch(g, 0);
    assertEquals(List.of(0, 1, 3, 2, 4), bfs.visitOrder());
    assertEquals(2, bfs.distanceTo(4));
    assertFalse(bfs.hasPathTo(5));
    assertEquals(List.of(0, 1, 2, 4, 3), new DepthFirstSearch(g, 0).preorder());
    assertEquals(2, new ConnectedComponents(g).count());
    assertTrue(new Bipartite(g).isBipartite());
  }

  @Test
  void tinyOddCycle() throws IOException {
    Bipartite check = new Bipartite(read("tiny-odd-cycle.txt"));
    assertFalse(check.isBipartite());
    assertEquals(List.of(0, 1, 2), check.oddCycle().stream().sorted().toList());
  }

  @Test
  void tinyDag() throws IOException {
    Graph g = read("tiny-dag.txt");
    assertEquals(List.of(0, 3, 6, 1, 4, 2, 7, 5), TopologicalSort.kahn(g).order());
    assertEquals(List.of(6, 3, 4, 0, 1, 7, 2, 5), TopologicalSort.depthFirst(g).order());
  }

  @Test
  void tinyScc() throws IOException {
    StronglyConnectedComponents scc = new StronglyConnectedComponents(read("tiny-scc.txt"));
    assertEquals(3, scc.count());
    assertEquals(0, scc.componentOf(3));
    assertEquals(0, scc.componentOf(4));
    assertEquals(1, scc.componentOf(0));
    assertEquals(1, scc.componentOf(2));
    assertEquals(2, scc.componentOf(5));
  }

  @Test
  void tinyWeighted() throws IOException {
    WeightedGraph g = GraphReader.readWeighted(SEEDS.resolve("tiny-weighted.txt"));
    DijkstraShortestPaths paths = new DijkstraShortestPaths(g, 0);
    double[] expected = {0, 7, 2, 5, 7, 13};
    for (int v = 0; v < expected.length; v++) {
      assertEquals(expected[v], paths.distanceTo(v));
    }
    assertEquals(List.of(0, 2, 3, 4, 5), paths.pathTo(5));
    KruskalMinimumSpanningTree mst = new KruskalMinimumSpanningTree(g);
    assertEquals(14.0, mst.weight());
    assertEquals(5, mst.edges().size());
  }

  @Test
  void generatedGraphsMatchTheirTable() throws IOException {
    Graph directed = read("random-directed-1000.txt");
    assertEquals(1000, directed.vertexCount());
    assertEquals(4000, directed.edgeCount());
    WeightedGraph weighted = GraphReader.readWeighted(SEEDS.resolve("random-weighted-2000.txt"));
    assertEquals(6000, weighted.edgeCount());
    Graph dag = read("random-dag-1000.txt");
    assertEquals(3000, dag.edgeCount());
    assertTrue(TopologicalSort.kahn(dag).hasOrder());
    Graph grid = read("grid-50x50.txt");
    assertEquals(4900, grid.edgeCount());
    assertEquals(98, new BreadthFirstSearch(grid, 0).distanceTo(2499));
    assertTrue(new Bipartite(grid).isBipartite());
  }

  @Test
  void everySeedFileParses() throws IOException {
    try (Stream<Path> files = Files.list(SEEDS)) {
      List<Path> graphs = files.filter(p -> p.toString().endsWith(".txt")).toList();
      assertEquals(9, graphs.size());
      for (Path file : graphs) {
        assertTrue(GraphReader.read(file).vertexCount() > 0, file.toString());
      }
    }
  }
}
