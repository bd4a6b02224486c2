package io.github.dsalab.bench;

import io.github.dsalab.graph.BreadthFirstSearch;
import io.github.dsalab.graph.Graph;
import io.github.dsalab.graph.GraphBuilder;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.traverse.BreadthFirstIterator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Breadth-first search and graph construction: dsa-core's compressed-sparse-row graph against
 * JGraphT's {@link DirectedPseudograph} (the JGraphT type that, like ours, keeps parallel arcs
 * and self-loops, so both hold the same graph).
 *
 * <p>The graph is random with {@code n} vertices and {@code 10 n} arcs, from a fixed seed. The
 * trial setup prints, once per size, the heap each representation takes, measured as the growth
 * of the used heap after a full collection, and the CSR's own array bytes per edge.
 *
 * <p>For {@code n = 1000000} (10⁷ arcs) run with a large heap:
 * {@code java -cp dsa-bench/target/dsa-lab.jar org.openjdk.jmh.Main GraphBenchmark
 * -jvmArgs -Xmx8g -p n=1000000}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xmx8g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class GraphBenchmark {
  static final int ARCS_PER_VERTEX = 10;

  /** The number of vertices; the graph has ten times as many arcs. */
  @Param({"125000", "250000", "500000", "1000000"})
  public int n;

  private int[] tails;
  private int[] heads;
  private Graph graph;
  private org.jgrapht.Graph<Integer, DefaultEdge> jgrapht;

  /** Generates the arcs and builds both graphs once per size, reporting their memory. */
  @Setup(Level.Trial)
  public void setUp() {
    int[][] arcs = GraphGenerator.randomArcs(n, ARCS_PER_VERTEX * n, GraphGenerator.SEED);
    tails = arcs[0];
    heads = arcs[1];
    long before = usedHeapAfterGc();
    graph = buildCsr(n, tails, heads);
    long csrBytes = usedHeapAfterGc() - before;
    before = usedHeapAfterGc();
    jgrapht = buildJGraphT(n, tails, heads);
    long jgraphtBytes = usedHeapAfterGc() - before;
    long m = tails.length;
    long arrayBytes = 4L * (graph.vertexCount() + 1) + 4L * m; // offsets + one int per arc
    System.out.printf(
        Locale.ROOT,
        "%n[graph memory] n=%d m=%d: CSR arrays %.2f bytes/edge (%d bytes), CSR heap growth %.2f"
            + " bytes/edge, JGraphT heap growth %.2f bytes/edge%n",
        n,
        m,
        (double) arrayBytes / m,
        arrayBytes,
        (double) csrBytes / m,
        (double) jgraphtBytes / m);
  }

  private static long usedHeapAfterGc() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }

  static Graph buildCsr(int n, int[] tails, int[] heads) {
    GraphBuilder builder = Graph.builder(n).directed();
    for (int e = 0; e < tails.length; e++) {
      builder.addEdge(tails[e], heads[e]);
    }
    return builder.build();
  }

  static org.jgrapht.Graph<Integer, DefaultEdge> buildJGraphT(int n, int[] tails, int[] heads) {
    org.jgrapht.Graph<Integer, DefaultEdge> g = new DirectedPseudograph<>(DefaultEdge.class);
    for (int v = 0; v < n; v++) {
      g.addVertex(v);
    }
    for (int e = 0; e < tails.length; e++) {
      g.addEdge(tails[e], heads[e]);
    }
    return g;
  }

  /**
   * dsa-core: breadth-first search from vertex 0.
   *
   * @return the number of vertices reached
   */
  @Benchmark
  public int bfsCsr() {
    return new BreadthFirstSearch(graph, 0).visitOrder().size();
  }

  /**
   * Baseline: JGraphT's breadth-first iterator from vertex 0, run to the end.
   *
   * @return the number of vertices reached
   */
  @Benchmark
  public int bfsJGraphT() {
    BreadthFirstIterator<Integer, DefaultEdge> it = new BreadthFirstIterator<>(jgrapht, 0);
    int reached = 0;
    while (it.hasNext()) {
      it.next();
      reached++;
    }
    return reached;
  }

  /**
   * dsa-core: builds the compressed-sparse-row graph from the arc arrays.
   *
   * @return the graph
   */
  @Benchmark
  public Graph buildCsr() {
    return buildCsr(n, tails, heads);
  }

  /**
   * Baseline: builds the JGraphT pseudograph from the same arc arrays.
   *
   * @return the graph
   */
  @Benchmark
  public org.jgrapht.Graph<Integer, DefaultEdge> buildJGraphT() {
    return buildJGraphT(n, tails, heads);
  }
}
