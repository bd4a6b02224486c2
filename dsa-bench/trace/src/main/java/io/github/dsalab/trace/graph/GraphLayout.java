package io.github.dsalab.trace.graph;

import io.github.dsalab.graph.Graph;
import io.github.dsalab.graph.GraphBuilder;
import io.github.dsalab.graph.TopologicalSort;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Places the vertices of a small graph in the unit square, the same way every time: a directed
 * acyclic graph in layers from left to right (each vertex one layer right of its latest
 * predecessor), any other graph by a spring embedding (Fruchterman and Reingold) started from a
 * circle, so that edges are short and vertices keep apart.
 */
final class GraphLayout {
  /** Spring iterations: the tiny seed graphs settle well before 300 (checked on the screenshots). */
  private static final int ITERATIONS = 300;

  private GraphLayout() {}

  /** Returns {@code [x, y]} per vertex, both in {@code [0.06, 0.94]}. */
  static double[][] place(Graph graph) {
    int[] layer = graph.isDirected() ? layers(graph) : null;
    return layer != null ? normalise(layered(graph, layer)) : components(graph);
  }

  /**
   * Lays out each connected component (ignoring directions) by springs in a column of its own,
   * the columns side by side with widths in proportion to their vertex counts, so that a small
   * component does not drift off to a corner.
   */
  private static double[][] components(Graph graph) {
    int n = graph.vertexCount();
    List<List<Integer>> adjacency = new ArrayList<>();
    for (int v = 0; v < n; v++) {
      adjacency.add(new ArrayList<>());
    }
    for (int v = 0; v < n; v++) {
      for (int i = 0; i < graph.degree(v); i++) {
        int w = graph.neighbour(v, i);
        adjacency.get(v).add(w);
        adjacency.get(w).add(v);
      }
    }
    int[] component = new int[n];
    Arrays.fill(component, -1);
    List<List<Integer>> members = new ArrayList<>();
    for (int s = 0; s < n; s++) {
      if (component[s] >= 0) {
        continue;
      }
      List<Integer> part = new ArrayList<>();
      ArrayDeque<Integer> queue = new ArrayDeque<>();
      queue.add(s);
      component[s] = members.size();
      while (!queue.isEmpty()) {
        int v = queue.poll();
        part.add(v);
        for (int w : adjacency.get(v)) {
          if (component[w] < 0) {
            component[w] = members.size();
            queue.add(w);
          }
        }
      }
      members.add(part);
    }
    double[][] out = new double[n][2];
    double left = 0.06;
    for (List<Integer> part : members) {
      double width = 0.88 * part.size() / Math.max(1, n);
      int[] local = new int[n];
      for (int k = 0; k < part.size(); k++) {
        local[part.get(k)] = k;
      }
      Graph sub = subgraph(graph, part, local);
      double[][] p = part.size() == 1 ? new double[][] {{0.5, 0.5}} : normalise(springs(sub));
      for (int k = 0; k < part.size(); k++) {
        int v = part.get(k);
        // Each component keeps its own box, with a margin so neighbouring components stay apart.
        out[v][0] = left + width * (0.1 + 0.8 * (p[k][0] - 0.06) / 0.88);
        // A small component gets a short box too, so that an edge does not stretch across the page.
        double height = Math.min(1, part.size() / 4.0);
        out[v][1] = 0.5 + (p[k][1] - 0.5) * height;
      }
      left += width;
    }
    return out;
  }

  private static Graph subgraph(Graph graph, List<Integer> part, int[] local) {
    GraphBuilder builder = Graph.builder(part.size()).undirected();
    for (int v : part) {
      for (int i = 0; i < graph.degree(v); i++) {
        int w = graph.neighbour(v, i);
        if (graph.isDirected() || v <= w) {
          builder.addEdge(local[v], local[w]);
        }
      }
    }
    return builder.build();
  }

  /** The longest-path layer of each vertex, or null if the graph has a cycle. */
  private static int[] layers(Graph graph) {
    TopologicalSort sort = TopologicalSort.kahn(graph);
    if (!sort.hasOrder()) {
      return null;
    }
    int[] layer = new int[graph.vertexCount()];
    for (int v : sort.order()) {
      for (int i = 0; i < graph.degree(v); i++) {
        int w = graph.neighbour(v, i);
        layer[w] = Math.max(layer[w], layer[v] + 1);
      }
    }
    return layer;
  }

  private static double[][] layered(Graph graph, int[] layer) {
    int n = graph.vertexCount();
    int layers = 0;
    for (int v = 0; v < n; v++) {
      layers = Math.max(layers, layer[v] + 1);
    }
    List<List<Integer>> members = new ArrayList<>();
    for (int l = 0; l < layers; l++) {
      members.add(new ArrayList<>());
    }
    for (int v = 0; v < n; v++) {
      members.get(layer[v]).add(v);
    }
    double[][] position = new double[n][2];
    for (int l = 0; l < layers; l++) {
      List<Integer> row = members.get(l);
      if (l > 0) {
        // Order a layer by the mean height of its predecessors, to keep arcs from crossing.
        double[] sum = new double[n];
        int[] count = new int[n];
        for (int v = 0; v < n; v++) {
          for (int i = 0; i < graph.degree(v); i++) {
            int w = graph.neighbour(v, i);
            sum[w] += position[v][1];
            count[w]++;
          }
        }
        row.sort(Comparator.comparingDouble((Integer v) -> count[v] == 0 ? 0.5 : sum[v] / count[v])
            .thenComparingInt(v -> v));
      }
      for (int k = 0; k < row.size(); k++) {
        position[row.get(k)][0] = l;
        position[row.get(k)][1] = (k + 0.5) / row.size();
      }
    }
    return position;
  }

  private static double[][] springs(Graph graph) {
    int n = graph.vertexCount();
    double[][] p = new double[n][2];
    for (int v = 0; v < n; v++) {
      double angle = 2 * Math.PI * v / Math.max(1, n);
      p[v][0] = Math.cos(angle);
      p[v][1] = Math.sin(angle);
    }
    double k = Math.sqrt(4.0 / Math.max(1, n));
    double temperature = 0.2;
    for (int iteration = 0; iteration < ITERATIONS; iteration++) {
      double[][] force = new double[n][2];
      for (int u = 0; u < n; u++) {
        for (int v = u + 1; v < n; v++) {
          double dx = p[u][0] - p[v][0];
          double dy = p[u][1] - p[v][1];
          double d = Math.max(1e-3, Math.hypot(dx, dy));
          double push = k * k / d;
          force[u][0] += dx / d * push;
          force[u][1] += dy / d * push;
          force[v][0] -= dx / d * push;
          force[v][1] -= dy / d * push;
        }
      }
      for (int u = 0; u < n; u++) {
        for (int i = 0; i < graph.degree(u); i++) {
          int v = graph.neighbour(u, i);
          if (v == u) {
            continue;
          }
          double dx = p[u][0] - p[v][0];
          double dy = p[u][1] - p[v][1];
          double d = Math.max(1e-3, Math.hypot(dx, dy));
          double pull = d * d / k / 2;
          force[u][0] -= dx / d * pull;
          force[u][1] -= dy / d * pull;
          force[v][0] += dx / d * pull;
          force[v][1] += dy / d * pull;
        }
      }
      for (int u = 0; u < n; u++) {
        // A weak pull to the centre keeps separate components on the same page.
        force[u][0] -= p[u][0] * 0.05;
        force[u][1] -= p[u][1] * 0.05;
        double f = Math.max(1e-9, Math.hypot(force[u][0], force[u][1]));
        double move = Math.min(f, temperature);
        p[u][0] += force[u][0] / f * move;
        p[u][1] += force[u][1] / f * move;
      }
      temperature = Math.max(0.005, temperature * 0.985);
    }
    return p;
  }

  private static double[][] normalise(double[][] p) {
    double minX = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    double minY = Double.MAX_VALUE;
    double maxY = -Double.MAX_VALUE;
    for (double[] xy : p) {
      minX = Math.min(minX, xy[0]);
      maxX = Math.max(maxX, xy[0]);
      minY = Math.min(minY, xy[1]);
      maxY = Math.max(maxY, xy[1]);
    }
    double[][] out = new double[p.length][2];
    for (int v = 0; v < p.length; v++) {
      out[v][0] = maxX > minX ? 0.06 + 0.88 * (p[v][0] - minX) / (maxX - minX) : 0.5;
      out[v][1] = maxY > minY ? 0.06 + 0.88 * (p[v][1] - minY) / (maxY - minY) : 0.5;
    }
    return out;
  }
}
