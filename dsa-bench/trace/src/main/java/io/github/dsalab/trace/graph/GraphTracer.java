package io.github.dsalab.trace.graph;

import io.github.dsalab.graph.BreadthFirstSearch;
import io.github.dsalab.graph.DepthFirstSearch;
import io.github.dsalab.graph.DijkstraShortestPaths;
import io.github.dsalab.graph.Graph;
import io.github.dsalab.graph.TopologicalSort;
import io.github.dsalab.graph.WeightedGraph;
import io.github.dsalab.trace.Family;
import io.github.dsalab.trace.JsonObject;
import io.github.dsalab.trace.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Records dsa-core's graph searches arc by arc, from outside: the search runs on a
 * {@link TracingGraph}, and a model of the algorithm turns each arc read into a step with the
 * queue or stack, the distances or times, and the vertices' colours that read implies. The graph
 * is drawn once, on a fixed layout, in the trace's scene.
 *
 * <table class="striped">
 *   <caption>Cost</caption>
 *   <tr><th>per arc read</th><td>{@code O(V)} to copy the state into the step</td></tr>
 *   <tr><th>largest graph</th><td>{@value #MAX_VERTICES} vertices (a picture, not a benchmark)</td></tr>
 * </table>
 *
 * <pre>{@code
 * Graph graph = GraphReader.read(Path.of("seeds/graphs/tiny-undirected.txt"));
 * Trace trace = GraphTracer.breadthFirst("breadth-first-search", "Breadth-first search", graph,
 *     "tiny-undirected.txt", 0, List.of());
 * }</pre>
 */
public final class GraphTracer {
  /** Graphs larger than this are refused: their pictures would be unreadable at 1400×900. */
  public static final int MAX_VERTICES = 60;

  private GraphTracer() {}

  /**
   * Traces {@link BreadthFirstSearch} from {@code source}.
   *
   * @param algorithm the algorithm's name, as the lab spells it
   * @param title the page heading
   * @param graph the graph
   * @param graphName where the graph came from, for the page
   * @param source the vertex to start from
   * @param notes what a learner should know to read the trace
   * @return the trace
   * @throws IllegalArgumentException if the graph is too large or {@code source} is not a vertex
   */
  public static Trace breadthFirst(String algorithm, String title, Graph graph, String graphName, int source,
      List<String> notes) {
    check(graph, source);
    BreadthFirstModel model = new BreadthFirstModel(graph, source);
    record(model, traced -> new BreadthFirstSearch(traced, source));
    return trace(algorithm, title, graph, graphName, source, notes, model,
        "visit order " + model.output + "; distances " + labels(model));
  }

  /**
   * Traces {@link DepthFirstSearch} over the whole graph.
   *
   * @param algorithm the algorithm's name, as the lab spells it
   * @param title the page heading
   * @param graph the graph
   * @param graphName where the graph came from, for the page
   * @param notes what a learner should know to read the trace
   * @return the trace
   * @throws IllegalArgumentException if the graph is too large
   */
  public static Trace depthFirst(String algorithm, String title, Graph graph, String graphName, List<String> notes) {
    check(graph, graph.vertexCount() == 0 ? -1 : 0);
    DepthFirstModel model = new DepthFirstModel(graph);
    record(model, DepthFirstSearch::new);
    return trace(algorithm, title, graph, graphName, -1, notes, model,
        "preorder " + model.output + "; discovery/finish " + labels(model));
  }

  /**
   * Traces {@link TopologicalSort#kahn(Graph)}.
   *
   * @param algorithm the algorithm's name, as the lab spells it
   * @param title the page heading
   * @param graph a directed graph
   * @param graphName where the graph came from, for the page
   * @param notes what a learner should know to read the trace
   * @return the trace
   * @throws IllegalArgumentException if the graph is undirected or too large
   */
  public static Trace topologicalKahn(String algorithm, String title, Graph graph, String graphName,
      List<String> notes) {
    check(graph, graph.vertexCount() == 0 ? -1 : 0);
    if (!graph.isDirected()) {
      throw new IllegalArgumentException(graphName + " is undirected; a topological order needs a directed graph");
    }
    KahnModel model = new KahnModel(graph);
    TopologicalSort[] sort = new TopologicalSort[1];
    record(model, traced -> sort[0] = TopologicalSort.kahn(traced));
    String result = sort[0].hasOrder() ? "topological order " + sort[0].order() : "no order: cycle " + sort[0].cycle();
    return trace(algorithm, title, graph, graphName, -1, notes, model, result);
  }

  /**
   * Traces {@link DijkstraShortestPaths} from {@code source}.
   *
   * @param algorithm the algorithm's name, as the lab spells it
   * @param title the page heading
   * @param graph a weighted graph with no negative weight
   * @param graphName where the graph came from, for the page
   * @param source the vertex to start from
   * @param notes what a learner should know to read the trace
   * @return the trace
   * @throws IllegalArgumentException if the graph is too large or {@code source} is not a vertex
   */
  public static Trace dijkstra(String algorithm, String title, WeightedGraph graph, String graphName, int source,
      List<String> notes) {
    check(graph, source);
    DijkstraModel model = new DijkstraModel(graph, source);
    record(model, traced -> new DijkstraShortestPaths(traced, source));
    return trace(algorithm, title, graph, graphName, source, notes, model,
        "settled in order " + model.output + "; distances " + labels(model));
  }

  /**
   * Runs any code on a tracing view of {@code graph} and records the arcs it reads, with no model
   * of the algorithm behind them: for a learner's graph exercise, whose queue, stack or colours
   * cannot be seen from outside. Each step is one arc read ({@code "read 2 → 5"}); the picture
   * shows which lists were read, which vertices were reached and by which arc first; the last
   * step is what the code returned ({@code "returned true"}), so two runs that read the same arcs
   * but answer differently part there. Code that throws, or reads more than 20,000 arcs, ends the
   * trace with a step saying so.
   *
   * @param algorithm the algorithm's name, as the lab spells it
   * @param title the page heading
   * @param graph the graph
   * @param graphName where the graph came from, for the page
   * @param source the vertex the code starts from, or -1 if it has none
   * @param run calls the code on the view it is given and says how it ended ({@code "returned [0, 1]"})
   * @param notes what a learner should know to read the trace
   * @return the trace
   * @throws IllegalArgumentException if the graph is too large or {@code source} is not a vertex (nor -1)
   */
  public static Trace arcReads(String algorithm, String title, Graph graph, String graphName, int source,
      Function<WeightedGraph, String> run, List<String> notes) {
    Objects.requireNonNull(run, "run");
    check(graph, source >= 0 || graph.vertexCount() == 0 ? source : 0);
    ArcReadModel model = new ArcReadModel(graph, source);
    model.start();
    String result;
    try {
      result = run.apply(TracingGraph.of(graph, model::arcRead));
    } catch (ArcReadModel.LimitReached stop) {
      result = stop.getMessage();
    } catch (RuntimeException | StackOverflowError thrown) {
      result = "threw " + thrown;
    }
    model.finish(result);
    JsonObject scene = scene(graph, graphName, source)
        .put("panels", List.of("Lists read (in the order first read)", "Vertices reached (in order)"))
        .put("legend", List.of("unseen: no read led here yet", "reached: the head of a read, list not read to the end",
            "active: its list is being read", "done: its whole list read"));
    return new Trace(algorithm, title, Family.GRAPH,
        input(graph, graphName, source),
        notes, scene, model.steps, result);
  }

  private static void check(Graph graph, int source) {
    Objects.requireNonNull(graph, "graph");
    int n = graph.vertexCount();
    if (n > MAX_VERTICES) {
      throw new IllegalArgumentException("the graph has " + n + " vertices; a trace can show at most " + MAX_VERTICES);
    }
    if (n > 0 && (source < 0 || source >= n) || n == 0 && source >= 0) {
      throw new IllegalArgumentException("vertex " + source + " is not between 0 and " + (n - 1));
    }
  }

  private static void record(SearchModel model, Consumer<TracingGraph> search) {
    model.start();
    search.accept(TracingGraph.of(model.graph, model::arcRead));
    model.finish();
  }

  private static String labels(SearchModel model) {
    List<String> parts = new ArrayList<>();
    for (int v = 0; v < model.n; v++) {
      parts.add(v + ":" + (model.labels[v].isEmpty() ? "–" : model.labels[v]));
    }
    return String.join(" ", parts);
  }

  private static Trace trace(String algorithm, String title, Graph graph, String graphName, int source,
      List<String> notes, SearchModel model, String result) {
    return new Trace(algorithm, title, Family.GRAPH,
        input(graph, graphName, source),
        notes, scene(graph, graphName, source), model.steps, result);
  }

  /** The graph in words: {@code "tiny.txt: 5 vertices, 1 edge, directed, from 0"}. */
  private static String input(Graph graph, String graphName, int source) {
    int n = graph.vertexCount();
    int e = graph.edgeCount();
    return graphName + ": " + n + (n == 1 ? " vertex, " : " vertices, ") + e + (e == 1 ? " edge, " : " edges, ")
        + (graph.isDirected() ? "directed" : "undirected") + (source >= 0 ? ", from " + source : "");
  }

  /** The graph drawn once: vertices with positions, each edge once, weights if any. */
  static JsonObject scene(Graph graph, String graphName, int source) {
    double[][] position = GraphLayout.place(graph);
    List<JsonObject> edges = new ArrayList<>();
    for (int v = 0; v < graph.vertexCount(); v++) {
      for (int i = 0; i < graph.degree(v); i++) {
        int w = graph.neighbour(v, i);
        if (graph.isDirected() || v <= w) {
          JsonObject edge = JsonObject.create().put("from", v).put("to", w);
          if (graph instanceof WeightedGraph weighted) {
            edge.put("weight", DijkstraModel.format(weighted.weight(v, i)));
          }
          edges.add(edge);
        }
      }
    }
    List<double[]> points = new ArrayList<>();
    for (double[] xy : position) {
      points.add(new double[] {Math.round(xy[0] * 1000) / 1000.0, Math.round(xy[1] * 1000) / 1000.0});
    }
    return JsonObject.create()
        .put("graph", graphName)
        .put("vertices", graph.vertexCount())
        .put("directed", graph.isDirected())
        .put("source", source)
        .put("edges", edges)
        .put("positions", points);
  }
}
