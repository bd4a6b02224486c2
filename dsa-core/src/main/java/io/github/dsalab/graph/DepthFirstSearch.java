package io.github.dsalab.graph;

import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * Depth-first search: goes as deep as it can along unvisited arcs before backing up, and records
 * when it discovers and finishes each vertex, the vertex orders that follow, and (for a directed
 * graph) the kind of every arc it reads.
 *
 * <p>The search runs in the constructor with an explicit stack instead of recursion, so a path
 * of millions of vertices cannot overflow the call stack. The stack holds the current path from
 * the root; for each vertex on it, the search remembers the position of the next arc to read,
 * which is what recursion would keep in its stack frames. Without a source, the search starts
 * a new tree at every vertex not yet discovered, in increasing vertex order, and so visits
 * every vertex (a depth-first forest).
 *
 * <p>Times come from one clock that ticks at each discovery and each finish, so they are the
 * distinct numbers {@code 0} to {@code 2k - 1} for {@code k} visited vertices, and the interval
 * {@code [discovery, finish]} of a descendant nests inside that of its ancestor. Reverse
 * postorder is a topological order when the graph has no cycle.
 *
 * <p>{@code V} is the number of vertices and {@code E} the number of edges. The search reads
 * each arc leaving a visited vertex exactly once, so a {@link CountingGraph} records exactly the
 * sum of the degrees of the visited vertices.
 *
 * <table class="striped">
 *   <caption>Cost</caption>
 *   <tr><th>operation</th><th>time</th></tr>
 *   <tr><td>constructor (the search)</td><td>{@code O(V + E)}</td></tr>
 *   <tr><td>every query</td><td>{@code O(1)}</td></tr>
 *   <tr><td>extra space</td><td>{@code O(V)}, plus one byte per arc for a directed graph's
 *       edge types</td></tr>
 * </table>
 *
 * <pre>{@code
 * DepthFirstSearch dfs = new DepthFirstSearch(graph);
 * List<Integer> order = dfs.reversePostorder(); // topological if graph is acyclic
 * EdgeType kind = dfs.edgeType(3, 0);           // the first arc leaving 3
 * }</pre>
 */
public final class DepthFirstSearch {
  private static final EdgeType[] TYPES = EdgeType.values();

  private final int[] discovery; // -1 until discovered
  private final int[] finish;
  private final int[] parent; // -1 for roots and unvisited vertices
  private final int[] preorder;
  private final int[] postorder;
  private final int[] firstArc; // directed only: arc ids of v are firstArc[v]..firstArc[v+1]-1
  private final byte[] types; // directed only: ordinal + 1 of each arc's type, 0 if never read
  private int clock;
  private int visited;
  private int finished;

  /**
   * Searches all of {@code graph}: a new tree at each undiscovered vertex, in increasing order.
   *
   * @param graph the graph to search
   * @throws NullPointerException if {@code graph} is null
   */
  public DepthFirstSearch(Graph graph) {
    this(graph, -1, true);
  }

  /**
   * Searches {@code graph} from {@code source} only; other vertices stay unvisited.
   *
   * @param graph the graph to search
   * @param source the root of the search
   * @throws NullPointerException if {@code graph} is null
   * @throws IllegalArgumentException if {@code source} is not a vertex
   */
  public DepthFirstSearch(Graph graph, int source) {
    this(graph, Vertices.check(source, Objects.requireNonNull(graph, "graph").vertexCount()), false);
  }

  private DepthFirstSearch(Graph graph, int source, boolean everyVertex) {
    Objects.requireNonNull(graph, "graph");
    int n = graph.vertexCount();
    discovery = new int[n];
    finish = new int[n];
    parent = new int[n];
    preorder = new int[n];
    postorder = new int[n];
    Arrays.fill(discovery, -1);
    Arrays.fill(finish, -1);
    Arrays.fill(parent, -1);
    if (graph.isDirected()) {
      firstArc = new int[n + 1];
      for (int v = 0; v < n; v++) {
        long end = (long) firstArc[v] + graph.degree(v);
        if (end > EdgeList.MAX_ARCS) {
          throw new IllegalArgumentException("the graph has more arcs than an array can hold");
        }
        firstArc[v + 1] = (int) end;
      }
      types = new byte[firstArc[n]];
    } else {
      firstArc = null;
      types = null;
    }
    int[] nextArc = new int[n]; // per vertex, the position of the next arc to read
    int[] stack = new int[n]; // the current path from the root
    if (everyVertex) {
      for (int v = 0; v < n; v++) {
        if (discovery[v] < 0) {
          search(graph, v, nextArc, stack);
        }
      }
    } else {
      search(graph, source, nextArc, stack);
    }
  }

  private void search(Graph graph, int root, int[] nextArc, int[] stack) {
    int top = 0;
    stack[top++] = root;
    discover(root);
    while (top > 0) {
      int v = stack[top - 1];
      int i = nextArc[v];
      if (i < graph.degree(v)) {
        nextArc[v] = i + 1;
        int w = graph.neighbour(v, i);
        EdgeType type;
        if (discovery[w] < 0) {
          type = EdgeType.TREE;
          parent[w] = v;
          discover(w);
          stack[top++] = w;
        } else if (finish[w] < 0) {
          type = EdgeType.BACK;
        } else if (discovery[v] < discovery[w]) {
          type = EdgeType.FORWARD;
        } else {
          type = EdgeType.CROSS;
        }
        if (types != null) {
          types[firstArc[v] + i] = (byte) (type.ordinal() + 1);
        }
      } else {
        top--;
        finish[v] = clock++;
        postorder[finished++] = v;
      }
    }
  }

  private void discover(int v) {
    discovery[v] = clock++;
    preorder[visited++] = v;
  }

  /**
   * Tells whether the search reached {@code v}; always true for a search without a source.
   *
   * @param v a vertex
   * @return true if {@code v} was discovered
   * @throws IllegalArgumentException if {@code v} is not a vertex
   */
  public boolean isVisited(int v) {
    return discovery[Vertices.check(v, discovery.length)] >= 0;
  }

  /**
   * Returns the clock reading when the search first reached {@code v}.
   *
   * @param v a visited vertex
   * @return its discovery time, from 0 to {@code 2k - 1} for {@code k} visited vertices
   * @throws IllegalArgumentException if {@code v} is not a vertex
   * @throws NoSuchElementException if {@code v} was not visited
   */
  public int discoveryTime(int v) {
    return discovery[checkVisited(v)];
  }

  /**
   * Returns the clock reading when the search had read every arc leaving {@code v} and backed up.
   *
   * @param v a visited vertex
   * @return its finish time, larger than its discovery time
   * @throws IllegalArgumentException if {@code v} is not a vertex
   * @throws NoSuchElementException if {@code v} was not visited
   */
  public int finishTime(int v) {
    return finish[checkVisited(v)];
  }

  /**
   * Returns the vertex from which the search discovered {@code v}, along a tree arc.
   *
   * @param v a visited vertex that is not the root of its tree
   * @return its parent in the depth-first forest
   * @throws IllegalArgumentException if {@code v} is not a vertex
   * @throws NoSuchElementException if {@code v} is a root or was not visited
   */
  public int parentOf(int v) {
    if (parent[checkVisited(v)] < 0) {
      throw new NoSuchElementException("vertex " + v + " is a root and has no parent");
    }
    return parent[v];
  }

  /**
   * Returns the visited vertices in the order they were discovered.
   *
   * @return a read-only list
   */
  public List<Integer> preorder() {
    return IntListView.of(preorder, visited);
  }

  /**
   * Returns the visited vertices in the order they were finished.
   *
   * @return a read-only list
   */
  public List<Integer> postorder() {
    return IntListView.of(postorder, finished);
  }

  /**
   * Returns the visited vertices from the last finished to the first; for a directed acyclic
   * graph searched without a source, a topological order.
   *
   * @return a read-only list
   */
  public List<Integer> reversePostorder() {
    return IntListView.reversed(postorder, finished);
  }

  /**
   * Returns the kind of the {@code i}-th arc leaving {@code v}, the arc to
   * {@code graph.neighbour(v, i)}, as the search found it.
   *
   * @param v a visited vertex
   * @param i a position in the adjacency list of {@code v}
   * @return tree, back, forward or cross
   * @throws IllegalStateException if the graph is undirected
   * @throws IllegalArgumentException if {@code v} is not a vertex
   * @throws NoSuchElementException if {@code v} was not visited
   * @throws IndexOutOfBoundsException if {@code i} is not a position in the list of {@code v}
   */
  public EdgeType edgeType(int v, int i) {
    if (types == null) {
      throw new IllegalStateException("edges are classified in directed graphs only");
    }
    checkVisited(v);
    int start = firstArc[v];
    Objects.checkIndex(i, firstArc[v + 1] - start);
    return TYPES[types[start + i] - 1];
  }

  private int checkVisited(int v) {
    if (discovery[Vertices.check(v, discovery.length)] < 0) {
      throw new NoSuchElementException("vertex " + v + " was not visited");
    }
    return v;
  }
}
