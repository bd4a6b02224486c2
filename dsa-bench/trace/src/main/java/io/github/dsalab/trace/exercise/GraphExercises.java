package io.github.dsalab.trace.exercise;

import io.github.dsalab.graph.Graph;
import io.github.dsalab.graph.GraphBuilder;
import io.github.dsalab.graph.WeightedGraph;
import io.github.dsalab.graph.WeightedGraphBuilder;
import io.github.dsalab.trace.Trace;
import io.github.dsalab.trace.graph.GraphTracer;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * The graph exercises, traced arc by arc through {@link GraphTracer#arcReads}: the learner's
 * method gets a tracing view of the graph in place of the graph, so every arc it reads is a step.
 * The graph is built from the sample as the exercises' properties build it: {@code n} vertices,
 * {@code endpoints} read two by two (modulo {@code n}), or for {@code dijkstra} {@code triples}
 * read as tail, head and weight (absolute value), from {@code source} modulo {@code n}.
 *
 * <p>Cost: one run of the solution, plus {@code O(V)} per arc read to record the step.
 *
 * <pre>{@code
 * Optional<Trace> trace = GraphExercises.trace("bipartite-check", solution,
 *     SampleText.parse("n: 3\nendpoints: [0, 1, 1, 2, 2, 0]"));
 * }</pre>
 */
final class GraphExercises {
  /** What differs from one graph exercise to the next. */
  private record Kind(String title, boolean directed, boolean weighted, String method, String note) {}

  private static final Map<String, Kind> KINDS = Map.of(
      "connected-components", new Kind("Connected components", false, false, "labels",
          "Each step is one arc your code read (graph.neighbour(v, i)); the picture shows what those reads reached."),
      "bipartite-check", new Kind("Bipartite check", false, false, "isBipartite",
          "Each step is one arc your code read (graph.neighbour(v, i)); the colours your code gives are out of sight."),
      "cycle-detection", new Kind("Cycle detection", true, false, "hasCycle",
          "Each step is one arc your code read (graph.neighbour(v, i)); the grey and black marks are out of sight."),
      "course-schedule", new Kind("Course schedule (topological order)", true, false, "order",
          "Each step is one arc your code read (graph.neighbour(v, i)): counting prerequisites reads every arc once."),
      "dijkstra", new Kind("Dijkstra's shortest paths", true, true, "distances",
          "Each step is one arc your code read (graph.neighbour(v, i)), with its weight; distances are out of sight."));

  private GraphExercises() {}

  /** The graph exercises, by name. */
  static List<String> names() {
    return KINDS.keySet().stream().sorted().toList();
  }

  /**
   * Traces {@code solution} on the graph the sample describes.
   *
   * @return the trace, or empty if the sample lacks {@code n} or the list of edges
   */
  static Optional<Trace> trace(String exercise, Class<?> solution, SampleText sample) {
    Kind kind = kind(exercise);
    OptionalInt n = sample.number("n");
    Optional<int[]> edges = sample.list(kind.weighted() ? "triples" : "endpoints");
    if (n.isEmpty() || n.getAsInt() < 1 || edges.isEmpty()) {
      return Optional.empty();
    }
    int source = kind.weighted() ? Math.floorMod(sample.number("source").orElse(0), n.getAsInt()) : -1;
    return Optional.of(trace(exercise, kind, solution, graph(kind, n.getAsInt(), edges.get()), "the shrunk sample",
        source));
  }

  /**
   * Traces {@code solution} on a graph made of {@code values}: {@code max(1, length / 2)}
   * vertices, the values read as the sample's list of edges; {@code dijkstra} starts at the tail
   * of the first edge, so that it has an arc to read.
   */
  static Trace trace(String exercise, Class<?> solution, int[] values) {
    Kind kind = kind(exercise);
    int n = Math.max(1, values.length / 2);
    int source = kind.weighted() ? (values.length >= 3 ? Math.floorMod(values[0], n) : 0) : -1;
    return trace(exercise, kind, solution, graph(kind, n, values), "your values as " + (kind.weighted()
        ? "(tail, head, weight) triples" : "edge endpoints"), source);
  }

  private static Kind kind(String exercise) {
    Kind kind = KINDS.get(exercise);
    if (kind == null) {
      throw new IllegalArgumentException("'" + exercise + "' is not a graph exercise; these are: " + names());
    }
    return kind;
  }

  private static Trace trace(String exercise, Kind kind, Class<?> solution, Graph graph, String graphName,
      int source) {
    Method method = ExerciseReplay.method(solution, kind.method(), kind.weighted() ? 2 : 1);
    return GraphTracer.arcReads(exercise, kind.title(), graph, graphName, source, view -> kind.weighted()
        ? "returned " + describe(ExerciseReplay.invoke(method, view, source))
        : "returned " + describe(ExerciseReplay.invoke(method, view)), List.of(kind.note()));
  }

  private static Graph graph(Kind kind, int n, int[] values) {
    if (kind.weighted()) {
      WeightedGraphBuilder builder = WeightedGraph.builder(n).directed();
      for (int i = 0; i + 2 < values.length; i += 3) {
        builder.addEdge(Math.floorMod(values[i], n), Math.floorMod(values[i + 1], n), Math.abs((double) values[i + 2]));
      }
      return builder.build();
    }
    GraphBuilder builder = kind.directed() ? Graph.builder(n).directed() : Graph.builder(n).undirected();
    for (int i = 0; i + 1 < values.length; i += 2) {
      builder.addEdge(Math.floorMod(values[i], n), Math.floorMod(values[i + 1], n));
    }
    return builder.build();
  }

  /** The answer as a learner would print it: arrays element by element, infinity as ∞. */
  private static String describe(Object answer) {
    if (answer instanceof int[] ints) {
      return Arrays.toString(ints);
    }
    if (answer instanceof double[] doubles) {
      return Arrays.stream(doubles).mapToObj(d -> Double.isInfinite(d) ? "∞" : d == Math.rint(d)
          ? Long.toString((long) d) : Double.toString(d)).collect(Collectors.joining(", ", "[", "]"));
    }
    return String.valueOf(answer);
  }
}
