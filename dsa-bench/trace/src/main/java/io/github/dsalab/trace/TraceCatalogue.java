package io.github.dsalab.trace;

import io.github.dsalab.graph.Graph;
import io.github.dsalab.graph.GraphReader;
import io.github.dsalab.graph.WeightedGraph;
import io.github.dsalab.search.BinarySearch;
import io.github.dsalab.sort.SortAlgorithm;
import io.github.dsalab.trace.graph.GraphTracer;
import io.github.dsalab.trace.heap.HeapTracer;
import io.github.dsalab.trace.search.SearchTracer;
import io.github.dsalab.trace.sort.SortTracer;
import io.github.dsalab.trace.tree.TreeTracer;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Every dsa-core algorithm that can be traced, by the name the lab gives it ({@code merge-sort},
 * {@code breadth-first-search}), with its default input: {@code ./lab trace NAME} looks names up
 * here.
 *
 * <pre>{@code
 * Trace trace = TraceCatalogue.trace("quick-sort", TraceRequest.defaults());
 * TracePage.write(trace, Path.of("quick-sort.html"));
 * }</pre>
 */
public final class TraceCatalogue {
  private static final Map<String, Function<TraceRequest, Trace>> TRACERS = new LinkedHashMap<>();

  static {
    sort("bubble-sort", "Bubble sort", SortAlgorithm.BUBBLE, 16,
        "Each sweep compares neighbours left to right and swaps them when out of order; a sweep with no swap ends the sort.");
    sort("selection-sort", "Selection sort", SortAlgorithm.SELECTION, 16,
        "Each pass scans the unsorted rest for its minimum (the violet key while it stays the smallest) and swaps it to the front.");
    sort("insertion-sort", "Insertion sort", SortAlgorithm.INSERTION, 16,
        "Each element is lifted out (held) and the larger elements before it shift right until its place is found.");
    sort("merge-sort", "Merge sort", SortAlgorithm.MERGE, 48,
        "dsa-core's merge sort hands short ranges to binary insertion sort (a tuned cutoff, see MergeSort's Javadoc): "
            + "with 48 elements, two halves of 24 are insertion-sorted, then merged.",
        "A merge copies the left half into a buffer: its elements show as held until they are written back.");
    sort("quick-sort", "Quick sort", SortAlgorithm.QUICK, 48,
        "dsa-core's quick sort insertion-sorts short ranges (a tuned cutoff, see QuickSort's Javadoc); longer ranges are "
            + "split around one pivot, the median of five elements spread around the middle.",
        "The violet key is the element compared again and again (a pivot); the shaded span is the range scanned against it.");
    sort("heap-sort", "Heap sort", SortAlgorithm.HEAP, 16,
        "First the array is made a max-heap (children of slot i at 2i+1 and 2i+2), then the maximum is swapped to the end, "
            + "n − 1 times, each followed by a sift down.");
    TRACERS.put("binary-search", request -> {
      int[] sorted = distinctSorted(request.values(16));
      return SearchTracer.traceIndexOf("binary-search", "Binary search", BinarySearch::indexOf, sorted,
          keys(sorted, request.seed()), List.of("Each probe compares the middle of the window with the key; the window "
              + "is the positions the probes have not ruled out. dsa-core's indexOf follows Arrays.binarySearch."));
    });
    TRACERS.put("first-true", request -> {
      int[] sorted = request.values(16);
      Arrays.sort(sorted);
      int threshold = sorted[new SplittableRandom(request.seed()).nextInt(sorted.length)];
      return SearchTracer.traceFirstTrue("first-true", "Binary search on the answer: firstTrue",
          (n, predicate) -> BinarySearch.firstTrue(0, n, predicate), sorted, threshold,
          List.of("firstTrue(lo, hi, p) finds the first x where a monotone predicate turns true; here p(x) is a[x] ≥ "
              + threshold + ". F and T mark what each test learnt."));
    });
    TRACERS.put("binary-search-tree", request -> tree(request, false));
    TRACERS.put("avl-tree", request -> tree(request, true));
    TRACERS.put("binary-heap", request -> HeapTracer.offerThenPoll("binary-heap", "Binary heap (min-heap)",
        request.values(10), List.of("Offer puts the new element in the first free leaf and lets it rise; poll takes the "
            + "root, moves smaller children up along one path and lets the last leaf rise into the gap (Floyd's variant).")));
    TRACERS.put("heapify", request -> HeapTracer.heapifyThenPoll("heapify",
        "Binary heap: bottom-up build (heapify), then polls", request.values(12), List.of("addAll into an empty heap "
            + "appends the values and sifts down every inner node, last to first (Floyd's heapify): at most 2n "
            + "comparisons, where n offers would cost O(n log n). Then poll empties it.")));
    TRACERS.put("indexed-min-heap", request -> HeapTracer.indexedInsertDecreasePoll("indexed-min-heap",
        "Indexed min-heap: insert, decreaseKey, pollMin", request.values(10), List.of("Each node shows index:key. "
            + "The heap holds indices ordered by their keys, as Dijkstra's algorithm keeps vertices by tentative "
            + "distance; decreaseKey lowers a key and lets its index rise.")));
    TRACERS.put("breadth-first-search", request -> {
      Graph graph = graph(request, "tiny-undirected.txt");
      return GraphTracer.breadthFirst("breadth-first-search", "Breadth-first search", graph, graphName(request,
          "tiny-undirected.txt"), 0, List.of("Vertices leave the queue in the order they joined it, so each is reached "
              + "by a shortest path; the label is the distance from the source."));
    });
    TRACERS.put("depth-first-search", request -> {
      Graph graph = graph(request, "tiny-undirected.txt");
      return GraphTracer.depthFirst("depth-first-search", "Depth-first search", graph, graphName(request,
          "tiny-undirected.txt"), List.of("dsa-core's search keeps an explicit stack (no recursion) and starts a new root "
              + "at each unseen vertex in increasing order; the label is discovery/finish time."));
    });
    TRACERS.put("topological-sort-kahn", request -> {
      Graph graph = graph(request, "tiny-dag.txt");
      return GraphTracer.topologicalKahn("topological-sort-kahn", "Topological sort (Kahn)", graph,
          graphName(request, "tiny-dag.txt"), List.of("A first pass counts in-degrees; then vertices of in-degree 0 "
              + "leave the queue one by one, and each arc they read lowers its head's in-degree."));
    });
    TRACERS.put("dijkstra-shortest-paths", request -> {
      Graph graph = graph(request, "tiny-weighted.txt");
      if (!(graph instanceof WeightedGraph weighted)) {
        throw new IllegalArgumentException(graphName(request, "tiny-weighted.txt")
            + " has no weights; Dijkstra needs a weight on every edge line (u v w)");
      }
      return GraphTracer.dijkstra("dijkstra-shortest-paths", "Dijkstra's shortest paths", weighted,
          graphName(request, "tiny-weighted.txt"), 0, List.of("The nearest unsettled vertex is settled and its arcs "
              + "relaxed; labels are tentative distances until a vertex is settled."));
    });
  }

  private TraceCatalogue() {}

  /**
   * Returns the names that can be traced, in the lab's order.
   *
   * @return the names
   */
  public static List<String> names() {
    return List.copyOf(TRACERS.keySet());
  }

  /**
   * Traces the algorithm called {@code name} on the input {@code request} describes.
   *
   * @param name a name from {@link #names()}
   * @param request the input
   * @return the trace
   * @throws IllegalArgumentException if the name is unknown (naming the valid ones), or the
   *     input does not suit the algorithm (a graph that is too large, a missing weight)
   * @throws UncheckedIOException if a graph file cannot be read
   */
  public static Trace trace(String name, TraceRequest request) {
    Function<TraceRequest, Trace> tracer = TRACERS.get(name);
    if (tracer == null) {
      throw new IllegalArgumentException("unknown algorithm '" + name + "'; valid names: " + String.join(", ", names()));
    }
    return tracer.apply(request);
  }

  private static void sort(String name, String title, SortAlgorithm algorithm, int defaultN, String... notes) {
    TRACERS.put(name, request -> SortTracer.trace(name, title, algorithm::sort, request.values(defaultN), List.of(notes)));
  }

  private static Trace tree(TraceRequest request, boolean avl) {
    int[] keys = request.values(12);
    SplittableRandom random = new SplittableRandom(request.seed() + 1);
    int[] lookups = {keys[random.nextInt(keys.length)], 100, keys[random.nextInt(keys.length)]};
    String name = avl ? "avl-tree" : "binary-search-tree";
    String note = avl
        ? "After each put the AVL tree climbs back up and rotates where one subtree is two levels taller than the other."
        : "A plain binary search tree never rebalances: sorted keys build a chain (try --shape sorted).";
    return TreeTracer.putThenGet(name, avl ? "AVL tree" : "Binary search tree", avl, keys, lookups,
        List.of("Each put and get walks down from the root: left if the key is smaller, right if larger.", note));
  }

  private static int[] distinctSorted(int[] values) {
    return Arrays.stream(values).distinct().sorted().toArray();
  }

  /** Two keys that are present and one that is not, chosen by the seed. */
  private static int[] keys(int[] sorted, long seed) {
    SplittableRandom random = new SplittableRandom(seed + 1);
    int absent = sorted[random.nextInt(sorted.length)] + 1;
    while (Arrays.binarySearch(sorted, absent) >= 0) {
      absent++;
    }
    return new int[] {sorted[random.nextInt(sorted.length)], absent, sorted[random.nextInt(sorted.length)]};
  }

  private static String graphName(TraceRequest request, String seedGraph) {
    return request.graph().map(path -> path.getFileName().toString()).orElse("seeds/graphs/" + seedGraph);
  }

  private static Graph graph(TraceRequest request, String seedGraph) {
    try {
      if (request.graph().isPresent()) {
        Path file = request.graph().get();
        return GraphReader.read(file);
      }
      try (InputStream in = TraceCatalogue.class.getResourceAsStream("graphs/" + seedGraph)) {
        if (in == null) {
          throw new IllegalStateException("the seed graph " + seedGraph + " is missing from the jar");
        }
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        return GraphReader.read(reader, seedGraph);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the graph: " + e.getMessage(), e);
    }
  }
}
