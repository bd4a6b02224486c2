package io.github.dsalab.lab.benchmarks;

import io.github.dsalab.graph.BreadthFirstSearch;
import io.github.dsalab.graph.DepthFirstSearch;
import io.github.dsalab.graph.Graph;
import io.github.dsalab.graph.TopologicalSort;
import io.github.dsalab.heap.BinaryHeap;
import io.github.dsalab.heap.IndexedMinHeap;
import io.github.dsalab.lab.counts.SearchCounts;
import io.github.dsalab.lab.inputs.GraphGenerator;
import io.github.dsalab.lab.inputs.InputShape;
import io.github.dsalab.lab.inputs.Inputs;
import io.github.dsalab.lab.inputs.Seeds;
import io.github.dsalab.search.BinarySearch;
import io.github.dsalab.sort.QuicksortAdversary;
import io.github.dsalab.sort.SortAlgorithm;
import io.github.dsalab.tree.AvlTree;
import io.github.dsalab.tree.BinarySearchTree;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.traverse.BreadthFirstIterator;
import org.jgrapht.traverse.TopologicalOrderIterator;

/**
 * Every {@link Workload} the lab's timing pass can time, by name: the same work the count suite
 * counts (in {@code io.github.dsalab.lab.counts}), on the same seeded inputs, and its JDK or JGraphT
 * baseline where one exists. Each call works on a fresh copy of its input when the work changes it
 * (a sort sorts a clone; a map is filled from empty), so every call does the same work.
 *
 * <pre>{@code
 * Workloads.named("avl-put-get").prepare(InputShape.RANDOM, 100_000, 0).getAsLong();
 * Workloads.exists("tree-map-put-get");   // true
 * }</pre>
 */
public final class Workloads {
  /** The queries per search call, as the count suite's search rows count them ({@link SearchCounts#QUERIES}). */
  public static final int QUERIES = SearchCounts.QUERIES;

  private static final Comparator<Integer> ORDER = Integer::compare;
  private static final Set<InputShape> SORT_SHAPES =
      Set.of(InputShape.RANDOM, InputShape.SORTED, InputShape.REVERSED, InputShape.FEW_DISTINCT);
  private static final Map<String, Workload> ALL = catalogue();

  private Workloads() {}

  /** Whether a workload of this name exists. */
  public static boolean exists(String name) {
    return ALL.containsKey(name);
  }

  /**
   * The workload of this name.
   *
   * @throws IllegalArgumentException naming the known workloads when there is none
   */
  public static Workload named(String name) {
    Workload workload = ALL.get(name);
    if (workload == null) {
      throw new IllegalArgumentException("no workload named '" + name + "'; the lab times " + ALL.keySet());
    }
    return workload;
  }

  private static Map<String, Workload> catalogue() {
    Map<String, Workload> all = new LinkedHashMap<>();
    for (SortAlgorithm algorithm : SortAlgorithm.values()) {
      String name = algorithm.name().toLowerCase(java.util.Locale.ROOT) + "-sort";
      Set<InputShape> shapes = algorithm == SortAlgorithm.QUICK ? withAdversary() : SORT_SHAPES;
      add(all, new Workload(name, shapes, (shape, n, m) -> sorting(sortInput(shape, n), algorithm)));
    }
    add(all, new Workload("jdk-sort", withAdversary(), (shape, n, m) -> {
      Integer[] input = sortInput(shape, n);
      return () -> {
        Integer[] a = input.clone();
        Arrays.sort(a, ORDER);
        return a[0] + a[a.length - 1];
      };
    }));

    add(all, new Workload("binary-search", Set.of(InputShape.RANDOM, InputShape.FEW_DISTINCT),
        (shape, n, m) -> shape == InputShape.RANDOM ? indexOf(n) : lowerBound(n)));
    add(all, new Workload("jdk-binary-search", Set.of(InputShape.RANDOM), (shape, n, m) -> jdkIndexOf(n)));
    add(all, new Workload("first-true", Set.of(InputShape.RANDOM), (shape, n, m) -> firstTrue(n)));

    Set<InputShape> keyShapes = Set.of(InputShape.RANDOM, InputShape.SORTED);
    add(all, new Workload("bst-put-get", keyShapes, (shape, n, m) -> putThenGet(BinarySearchTree::new, shape, n)));
    add(all, new Workload("avl-put-get", keyShapes, (shape, n, m) -> putThenGet(AvlTree::new, shape, n)));
    add(all, new Workload("tree-map-put-get", keyShapes, (shape, n, m) -> putThenGet(TreeMap::new, shape, n)));

    Set<InputShape> heapShapes = Set.of(InputShape.RANDOM, InputShape.REVERSED);
    add(all, new Workload("binary-heap-offer-poll", heapShapes, (shape, n, m) -> {
      Integer[] keys = Inputs.boxed(shape, n, Seeds.labInputs());
      return () -> {
        BinaryHeap<Integer> heap = new BinaryHeap<>(ORDER);
        for (Integer key : keys) {
          heap.offer(key);
        }
        long checksum = 0;
        for (Integer key = heap.poll(); key != null; key = heap.poll()) {
          checksum = 31 * checksum + key;
        }
        return checksum;
      };
    }));
    add(all, new Workload("priority-queue-offer-poll", heapShapes, (shape, n, m) -> {
      Integer[] keys = Inputs.boxed(shape, n, Seeds.labInputs());
      return () -> {
        PriorityQueue<Integer> queue = new PriorityQueue<>(ORDER);
        for (Integer key : keys) {
          queue.offer(key);
        }
        long checksum = 0;
        for (Integer key = queue.poll(); key != null; key = queue.poll()) {
          checksum = 31 * checksum + key;
        }
        return checksum;
      };
    }));
    add(all, new Workload("heapify", Set.of(InputShape.RANDOM), (shape, n, m) -> {
      List<Integer> keys = Arrays.asList(Inputs.boxed(shape, n, Seeds.labInputs()));
      return () -> new BinaryHeap<>(keys, ORDER).peek();
    }));
    add(all, new Workload("priority-queue-heapify", Set.of(InputShape.RANDOM), (shape, n, m) -> {
      // PriorityQueue heapifies a collection it is given whole; an ArrayList is not sorted, so it does.
      List<Integer> keys = new ArrayList<>(Arrays.asList(Inputs.boxed(shape, n, Seeds.labInputs())));
      return () -> new PriorityQueue<>(keys).peek();
    }));
    add(all, new Workload("indexed-min-heap", heapShapes, (shape, n, m) -> {
      Integer[] keys = Inputs.boxed(shape, n, Seeds.labInputs());
      return () -> {
        IndexedMinHeap<Integer> heap = new IndexedMinHeap<>(n, ORDER);
        for (int i = 0; i < n; i++) {
          heap.insert(i, keys[i]);
        }
        long checksum = 0;
        while (!heap.isEmpty()) {
          checksum = 31 * checksum + heap.pollMin();
        }
        return checksum;
      };
    }));

    Set<InputShape> random = Set.of(InputShape.RANDOM);
    add(all, new Workload("breadth-first-search", random, (shape, v, e) -> {
      Graph graph = traversalGraph(v, e, false);
      return () -> new BreadthFirstSearch(graph, 0).visitOrder().size();
    }));
    add(all, new Workload("depth-first-search", random, (shape, v, e) -> {
      Graph graph = traversalGraph(v, e, false);
      return () -> new DepthFirstSearch(graph, 0).preorder().size();
    }));
    add(all, new Workload("topological-sort", random, (shape, v, e) -> {
      Graph graph = traversalGraph(v, e, true);
      return () -> TopologicalSort.kahn(graph).order().size();
    }));
    add(all, new Workload("jgrapht-breadth-first-search", random, (shape, v, e) ->
        traverse(jgrapht(traversalGraph(v, e, false)), g -> new BreadthFirstIterator<>(g, 0))));
    // No JGraphT baseline for depth-first search: its DepthFirstIterator removes a vertex met again
    // from the middle of its stack (ArrayDeque.removeLastOccurrence, linear in the stack), so on
    // these graphs it does O(V · E) work, not the same O(V + E) work (measured: seconds per call at
    // 655,359 arcs, where ours takes milliseconds).
    add(all, new Workload("jgrapht-topological-sort", random, (shape, v, e) ->
        traverse(jgrapht(traversalGraph(v, e, true)), TopologicalOrderIterator::new)));
    return all;
  }

  private static void add(Map<String, Workload> all, Workload workload) {
    all.put(workload.name(), workload);
  }

  private static Set<InputShape> withAdversary() {
    Set<InputShape> shapes = new java.util.HashSet<>(SORT_SHAPES);
    shapes.add(InputShape.ADVERSARIAL);
    return shapes;
  }

  /**
   * The count suite's sort input; for the adversarial shape, McIlroy's killer input, which makes
   * {@code QuickSort}'s object path repeat the comparisons the live adversary forced.
   */
  private static Integer[] sortInput(InputShape shape, int n) {
    if (shape == InputShape.ADVERSARIAL) {
      return Arrays.stream(QuicksortAdversary.killerInput(n)).boxed().toArray(Integer[]::new);
    }
    return Inputs.boxed(shape, n, Seeds.labInputs());
  }

  private static LongSupplier sorting(Integer[] input, SortAlgorithm algorithm) {
    return () -> {
      Integer[] a = input.clone();
      algorithm.sort(a, ORDER);
      return a[0] + a[a.length - 1];
    };
  }

  /** The count suite's searches: even values present, odd ones absent, half of the queries each. */
  private static Integer[] evens(int n) {
    Integer[] sorted = new Integer[n];
    for (int i = 0; i < n; i++) {
      sorted[i] = 2 * i;
    }
    return sorted;
  }

  private static Integer[] queries(int n) {
    int[] picks = Inputs.randomIndices(QUERIES, n, Seeds.labInputs());
    Integer[] keys = new Integer[QUERIES];
    for (int q = 0; q < QUERIES; q++) {
      keys[q] = 2 * picks[q] + (q & 1);
    }
    return keys;
  }

  private static LongSupplier indexOf(int n) {
    Integer[] sorted = evens(n);
    Integer[] keys = queries(n);
    return () -> {
      long sum = 0;
      for (Integer key : keys) {
        sum += BinarySearch.indexOf(sorted, key, ORDER);
      }
      return sum;
    };
  }

  private static LongSupplier jdkIndexOf(int n) {
    Integer[] sorted = evens(n);
    Integer[] keys = queries(n);
    return () -> {
      long sum = 0;
      for (Integer key : keys) {
        sum += Arrays.binarySearch(sorted, key, ORDER);
      }
      return sum;
    };
  }

  private static LongSupplier lowerBound(int n) {
    Integer[] sorted = Inputs.boxed(InputShape.FEW_DISTINCT, n, Seeds.labInputs());
    Arrays.sort(sorted);
    Integer[] keys = Arrays.stream(Inputs.randomIndices(QUERIES, Inputs.FEW_DISTINCT_VALUES + 1, Seeds.labInputs()))
        .boxed().toArray(Integer[]::new);
    return () -> {
      long sum = 0;
      for (Integer key : keys) {
        sum += BinarySearch.lowerBound(sorted, key, ORDER);
      }
      return sum;
    };
  }

  private static LongSupplier firstTrue(int n) {
    int[] targets = Inputs.randomIndices(QUERIES, n, Seeds.labInputs());
    return () -> {
      long sum = 0;
      for (int target : targets) {
        sum += BinarySearch.firstTrue(0, n, x -> x >= target);
      }
      return sum;
    };
  }

  private static LongSupplier putThenGet(Function<Comparator<Integer>, NavigableMap<Integer, Integer>> factory,
      InputShape shape, int n) {
    Integer[] keys = Inputs.boxed(shape, n, Seeds.labInputs());
    return () -> {
      NavigableMap<Integer, Integer> map = factory.apply(ORDER);
      for (Integer key : keys) {
        map.put(key, key);
      }
      long sum = 0;
      for (Integer key : keys) {
        sum += map.get(key);
      }
      return sum + map.size();
    };
  }

  /** The count suite's graph with V vertices and E arcs in all (a path of V − 1 plus random ones). */
  private static Graph traversalGraph(int vertices, int arcs, boolean acyclic) {
    return GraphGenerator.pathWithRandomArcs(vertices, arcs - (vertices - 1), acyclic);
  }

  private static org.jgrapht.Graph<Integer, DefaultEdge> jgrapht(Graph graph) {
    org.jgrapht.Graph<Integer, DefaultEdge> copy = new DirectedPseudograph<>(DefaultEdge.class);
    for (int v = 0; v < graph.vertexCount(); v++) {
      copy.addVertex(v);
    }
    for (int v = 0; v < graph.vertexCount(); v++) {
      for (int i = 0; i < graph.degree(v); i++) {
        copy.addEdge(v, graph.neighbour(v, i));
      }
    }
    return copy;
  }

  private static LongSupplier traverse(org.jgrapht.Graph<Integer, DefaultEdge> graph,
      Function<org.jgrapht.Graph<Integer, DefaultEdge>, Iterator<Integer>> order) {
    return () -> {
      long reached = 0;
      for (Iterator<Integer> it = order.apply(graph); it.hasNext(); it.next()) {
        reached++;
      }
      return reached;
    };
  }
}
