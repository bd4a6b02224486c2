package io.github.dsalab.lab.benchmarks;

import io.github.dsalab.graph.BreadthFirstSearch;
import io.github.dsalab.graph.Graph;
import io.github.dsalab.graph.GraphBuilder;
import io.github.dsalab.lab.inputs.GraphGenerator;
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
 * <p>The graph is random with {@code n} vertices and {@code 10 n} arcs, from a fixed seed. Each
 * graph's trial setup prints, once per size, the heap it takes, measured as the growth of the
 * used heap after full collections, and for the CSR graph its array bytes per edge.
 *
 * <p>For {@code n = 1000000} (10⁷ arcs) run with a large heap:
 * {@code java -cp dsa-bench/lab/target/dsa-lab.jar org.openjdk.jmh.Main GraphBenchmark
 * -jvmArgs -Xmx8g -p n=1000000}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xmx8g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class GraphBenchmark {
  static final int ARCS_PER_VERTEX = 10;

  /** The random arcs, generated once per size from the fixed seed. */
  @State(Scope.Benchmark)
  public static class Arcs {
    /** The number of vertices; there are ten times as many arcs. */
    @Param({"125000", "250000", "500000", "1000000"})
    public int n;

    int[] tails;
    int[] heads;

    /** Generates the arcs. */
    @Setup(Level.Trial)
    public void setUp() {
      int[][] arcs = GraphGenerator.randomArcs(n, ARCS_PER_VERTEX * n, GraphGenerator.SEED);
      tails = arcs[0];
      heads = arcs[1];
    }
  }

  /** dsa-core's graph of the arcs, built once per size. */
  @State(Scope.Benchmark)
  public static class CsrGraph {
    Graph graph;

    /**
     * Builds the graph and prints its size.
     *
     * @param arcs the arcs to build from
     */
    @Setup(Level.Trial)
    public void setUp(Arcs arcs) {
      long before = usedHeapAfterGc();
      graph = buildCsr(arcs.n, arcs.tails, arcs.heads);
      long grown = usedHeapAfterGc() - before;
      long m = arcs.tails.length;
      long arrayBytes = 4L * (graph.vertexCount() + 1) + 4L * m; // row offsets + one int per arc
      System.out.printf(
          Locale.ROOT,
          "%n[graph memory] CSR, n=%d m=%d: arrays %.2f bytes/edge, heap growth %.2f bytes/edge%n",
          arcs.n,
          m,
          (double) arrayBytes / m,
          (double) grown / m);
    }
  }

  /** JGraphT's graph of the arcs, built once per size. */
  @State(Scope.Benchmark)
  public static class JGraphTGraph {
    org.jgrapht.Graph<Integer, DefaultEdge> graph;

    /**
     * Builds the graph and prints its size.
     *
     * @param arcs the arcs to build from
     */
    @Setup(Level.Trial)
    public void setUp(Arcs arcs) {
      long before = usedHeapAfterGc();
      graph = buildJGraphT(arcs.n, arcs.tails, arcs.heads);
      long grown = usedHeapAfterGc() - before;
      System.out.printf(
          Locale.ROOT,
          "%n[graph memory] JGraphT, n=%d m=%d: heap growth %.2f bytes/edge%n",
          arcs.n,
          arcs.tails.length,
          (double) grown / arcs.tails.length);
    }
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
   * @param csr the graph
   * @return the number of vertices reached
   */
  @Benchmark
  public int bfsCsr(CsrGraph csr) {
    return new BreadthFirstSearch(csr.graph, 0).visitOrder().size();
  }

  /**
   * Baseline: JGraphT's breadth-first iterator from vertex 0, run to the end.
   *
   * @param jgrapht the graph
   * @return the number of vertices reached
   */
  @Benchmark
  public int bfsJGraphT(JGraphTGraph jgrapht) {
    BreadthFirstIterator<Integer, DefaultEdge> it = new BreadthFirstIterator<>(jgrapht.graph, 0);
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
   * @param arcs the arcs
   * @return the graph
   */
  @Benchmark
  public Graph buildCsr(Arcs arcs) {
    return buildCsr(arcs.n, arcs.tails, arcs.heads);
  }

  /**
   * Baseline: builds the JGraphT pseudograph from the same arc arrays.
   *
   * @param arcs the arcs
   * @return the graph
   */
  @Benchmark
  public org.jgrapht.Graph<Integer, DefaultEdge> buildJGraphT(Arcs arcs) {
    return buildJGraphT(arcs.n, arcs.tails, arcs.heads);
  }
}
