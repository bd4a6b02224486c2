package io.github.dsalab.exercises.support;

import io.github.dsalab.graph.Graph;
import io.github.dsalab.graph.GraphBuilder;
import io.github.dsalab.graph.WeightedGraph;
import io.github.dsalab.graph.WeightedGraphBuilder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Graph builders for the graph exercises' specs: small graphs from jqwik-generated edge lists,
 * and large random graphs from a fixed seed for the complexity gate.
 *
 * <table class="striped">
 *   <caption>Cost</caption>
 *   <tr><th>operation</th><th>time and space</th></tr>
 *   <tr><td>every builder, {@code describe}</td><td>{@code O(V + E)}</td></tr>
 * </table>
 *
 * <pre>{@code
 * Graph g = Graphs.fromEndpoints(4, false, List.of(0, 1, 1, 2));   // edges 0-1 and 1-2
 * Graph big = Graphs.randomUndirected(1024, 2048);
 * String text = Graphs.describe(g);                                 // "4 vertices, edges 0-1 1-2"
 * }</pre>
 */
public final class Graphs {
  private Graphs() {}

  /**
   * Builds a graph from a flat list of endpoints: entries 2i and 2i+1 (taken modulo
   * {@code vertexCount}) are the i-th edge; an odd last entry is ignored.
   *
   * @param vertexCount the number of vertices, at least 1
   * @param directed whether edges are directed
   * @param endpoints u0, v0, u1, v1, ...
   * @return the graph
   */
  public static Graph fromEndpoints(int vertexCount, boolean directed, List<Integer> endpoints) {
    GraphBuilder builder = Graph.builder(vertexCount);
    builder = directed ? builder.directed() : builder.undirected();
    for (int i = 0; i + 1 < endpoints.size(); i += 2) {
      builder.addEdge(Math.floorMod(endpoints.get(i), vertexCount), Math.floorMod(endpoints.get(i + 1), vertexCount));
    }
    return builder.build();
  }

  /**
   * Builds a weighted directed graph from a flat list: entries 3i, 3i+1, 3i+2 are the tail, head
   * (modulo {@code vertexCount}) and weight (absolute value) of the i-th edge.
   *
   * @param vertexCount the number of vertices, at least 1
   * @param triples u0, v0, w0, u1, v1, w1, ...
   * @return the graph
   */
  public static WeightedGraph weightedFromTriples(int vertexCount, List<Integer> triples) {
    WeightedGraphBuilder builder = WeightedGraph.builder(vertexCount).directed();
    for (int i = 0; i + 2 < triples.size(); i += 3) {
      builder.addEdge(Math.floorMod(triples.get(i), vertexCount), Math.floorMod(triples.get(i + 1), vertexCount),
          Math.abs((double) triples.get(i + 2)));
    }
    return builder.build();
  }

  /**
   * Returns a random undirected graph, fixed by {@link Inputs#SEED}.
   *
   * @param vertexCount the number of vertices, at least 1
   * @param edgeCount the number of edges
   * @return the graph
   */
  public static Graph randomUndirected(int vertexCount, int edgeCount) {
    Random random = Inputs.random();
    GraphBuilder builder = Graph.builder(vertexCount).undirected();
    for (int i = 0; i < edgeCount; i++) {
      builder.addEdge(random.nextInt(vertexCount), random.nextInt(vertexCount));
    }
    return builder.build();
  }

  /**
   * Returns a random directed acyclic graph: every edge goes from earlier to later in a random
   * order of the vertices. Fixed by {@link Inputs#SEED}.
   *
   * @param vertexCount the number of vertices, at least 2
   * @param edgeCount the number of edges
   * @return the graph
   */
  public static Graph randomAcyclic(int vertexCount, int edgeCount) {
    Random random = Inputs.random();
    List<Integer> rank = new ArrayList<>();
    for (int v = 0; v < vertexCount; v++) {
      rank.add(v);
    }
    Collections.shuffle(rank, random);
    GraphBuilder builder = Graph.builder(vertexCount).directed();
    for (int i = 0; i < edgeCount; i++) {
      int a = random.nextInt(vertexCount - 1);
      int b = a + 1 + random.nextInt(vertexCount - 1 - a);
      builder.addEdge(rank.get(a), rank.get(b));
    }
    return builder.build();
  }

  /**
   * Returns a random undirected bipartite graph: every edge joins an even and an odd vertex.
   * Fixed by {@link Inputs#SEED}.
   *
   * @param vertexCount the number of vertices, at least 2
   * @param edgeCount the number of edges
   * @return the graph
   */
  public static Graph randomBipartite(int vertexCount, int edgeCount) {
    Random random = Inputs.random();
    GraphBuilder builder = Graph.builder(vertexCount).undirected();
    for (int i = 0; i < edgeCount; i++) {
      int even = 2 * random.nextInt((vertexCount + 1) / 2);
      int odd = 2 * random.nextInt(vertexCount / 2) + 1;
      builder.addEdge(even, odd);
    }
    return builder.build();
  }

  /**
   * Returns a random directed graph with weights from 1 to 100, fixed by {@link Inputs#SEED}.
   *
   * @param vertexCount the number of vertices, at least 1
   * @param edgeCount the number of edges
   * @return the graph
   */
  public static WeightedGraph randomWeighted(int vertexCount, int edgeCount) {
    Random random = Inputs.random();
    WeightedGraphBuilder builder = WeightedGraph.builder(vertexCount).directed();
    for (int i = 0; i < edgeCount; i++) {
      builder.addEdge(random.nextInt(vertexCount), random.nextInt(vertexCount), 1 + random.nextInt(100));
    }
    return builder.build();
  }

  /**
   * Returns how many edges a graph family has on {@code vertexCount} vertices: {@code sparse}
   * times {@code vertexCount} for {@code SPARSE}, {@code V·√V / 2} for {@code DENSE}.
   */
  private static int edges(InputFamily family, int vertexCount, int sparse) {
    return family == InputFamily.DENSE ? (int) (vertexCount * Math.sqrt(vertexCount) / 2) : sparse * vertexCount;
  }

  /**
   * Returns the number of vertices V of a family's graph of size {@code size} (at least 2): V + E
   * is about {@code size} for sparse graphs and paths; for dense graphs E alone is, since there
   * V (about size^(2/3)) is a lower-order term, and counting it would bend an {@code O(V + E)}
   * count away from a straight line over the gate's sizes.
   */
  private static int vertices(InputFamily family, int size, int sparse) {
    switch (family) {
      case SPARSE:
        return Math.max(2, size / (1 + sparse));
      case PATH:
        return Math.max(2, (size + 1) / 2);
      default:
        return Math.max(2, (int) Math.round(Math.pow(2.0 * size, 2.0 / 3)));
    }
  }

  /** The vertices {@code 0 .. n-1} in a fixed random order, so that a path is not in label order. */
  private static List<Integer> shuffledVertices(int vertexCount, Random random) {
    List<Integer> order = new ArrayList<>();
    for (int v = 0; v < vertexCount; v++) {
      order.add(v);
    }
    Collections.shuffle(order, random);
    return order;
  }

  /**
   * Returns an undirected graph of about {@code size} vertices plus edges, of a family: {@code SPARSE} (V random edges), {@code DENSE}
   * (V·√V / 2 random edges) or {@code PATH} (one path through all vertices in a fixed random
   * order). Fixed by {@link Inputs#SEED}.
   *
   * @param family the family
   * @param size the size of the graph: vertices plus edges (edges alone when dense), at least 4
   * @return the graph
   * @throws IllegalArgumentException if {@code family} is not a graph family
   */
  public static Graph undirected(InputFamily family, int size) {
    int vertexCount = vertices(family, size, 1);
    switch (family) {
      case SPARSE:
      case DENSE:
        return randomUndirected(vertexCount, edges(family, vertexCount, 1));
      case PATH:
        return path(Graph.builder(vertexCount).undirected(), vertexCount);
      default:
        throw new IllegalArgumentException(family + " is not a graph family");
    }
  }

  /**
   * Returns a directed acyclic graph of about {@code size} vertices plus edges, of a family: {@code SPARSE} (2V random edges), {@code DENSE}
   * (V·√V / 2) or {@code PATH} (one directed path through all vertices). Fixed by
   * {@link Inputs#SEED}.
   *
   * @param family the family
   * @param size the size of the graph: vertices plus edges (edges alone when dense), at least 4
   * @return the graph
   * @throws IllegalArgumentException if {@code family} is not a graph family
   */
  public static Graph acyclic(InputFamily family, int size) {
    int vertexCount = vertices(family, size, 2);
    switch (family) {
      case SPARSE:
      case DENSE:
        return randomAcyclic(vertexCount, edges(family, vertexCount, 2));
      case PATH:
        return path(Graph.builder(vertexCount).directed(), vertexCount);
      default:
        throw new IllegalArgumentException(family + " is not a graph family");
    }
  }

  /**
   * Returns an undirected bipartite graph of about {@code size} vertices plus edges, of a family: {@code SPARSE} (V random even-odd edges),
   * {@code DENSE} (V·√V / 2) or {@code PATH} (one path through all vertices, which is bipartite).
   * Fixed by {@link Inputs#SEED}.
   *
   * @param family the family
   * @param size the size of the graph: vertices plus edges (edges alone when dense), at least 4
   * @return the graph
   * @throws IllegalArgumentException if {@code family} is not a graph family
   */
  public static Graph bipartite(InputFamily family, int size) {
    int vertexCount = vertices(family, size, 1);
    switch (family) {
      case SPARSE:
      case DENSE:
        return randomBipartite(vertexCount, edges(family, vertexCount, 1));
      case PATH:
        return path(Graph.builder(vertexCount).undirected(), vertexCount);
      default:
        throw new IllegalArgumentException(family + " is not a graph family");
    }
  }

  /**
   * Returns a directed graph with weights from 1 to 100, of about {@code size} vertices plus edges, of a family: {@code SPARSE} (3V random
   * edges), {@code DENSE} (V·√V / 2) or {@code PATH} (a directed path from vertex 0 through all
   * the others). Fixed by {@link Inputs#SEED}.
   *
   * @param family the family
   * @param size the size of the graph: vertices plus edges (edges alone when dense), at least 4
   * @return the graph
   * @throws IllegalArgumentException if {@code family} is not a graph family
   */
  public static WeightedGraph weighted(InputFamily family, int size) {
    int vertexCount = vertices(family, size, 3);
    switch (family) {
      case SPARSE:
      case DENSE:
        return randomWeighted(vertexCount, edges(family, vertexCount, 3));
      case PATH:
        Random random = Inputs.random();
        List<Integer> order = shuffledVertices(vertexCount, random);
        order.remove(Integer.valueOf(0));
        order.add(0, 0);
        WeightedGraphBuilder builder = WeightedGraph.builder(vertexCount).directed();
        for (int i = 1; i < vertexCount; i++) {
          builder.addEdge(order.get(i - 1), order.get(i), 1 + random.nextInt(100));
        }
        return builder.build();
      default:
        throw new IllegalArgumentException(family + " is not a graph family");
    }
  }

  private static Graph path(GraphBuilder builder, int vertexCount) {
    List<Integer> order = shuffledVertices(vertexCount, Inputs.random());
    for (int i = 1; i < vertexCount; i++) {
      builder.addEdge(order.get(i - 1), order.get(i));
    }
    return builder.build();
  }

  /**
   * Describes a small graph for a failure message.
   *
   * @param graph the graph
   * @return e.g. {@code 4 vertices, edges 0-1 1-2} ({@code ->} for directed arcs)
   */
  public static String describe(Graph graph) {
    StringBuilder text = new StringBuilder(graph.vertexCount() + " vertices, edges");
    String arrow = graph.isDirected() ? "->" : "-";
    for (int v = 0; v < graph.vertexCount(); v++) {
      for (int i = 0; i < graph.degree(v); i++) {
        int w = graph.neighbour(v, i);
        if (graph.isDirected() || v <= w) {
          text.append(' ').append(v).append(arrow).append(w);
          if (graph instanceof WeightedGraph) {
            text.append(" (").append(((WeightedGraph) graph).weight(v, i)).append(')');
          }
        }
      }
    }
    return text.toString();
  }
}
