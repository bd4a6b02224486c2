package io.github.dsalab.lab.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dsalab.search.BinarySearch;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** At every shape of the topic benchmarks, our code returns what the JDK baseline returns on the same data. */
class BenchmarkShapesTest {

  @Test
  void heapPollsTheSameKeysAsPriorityQueueAtEveryShape() {
    for (String shape : List.of("random", "sorted", "reversed", "fewDistinct")) {
      HeapBenchmark benchmark = new HeapBenchmark();
      benchmark.n = 300;
      benchmark.shape = shape;
      benchmark.setUp();
      assertEquals(benchmark.priorityQueueOfferThenPoll(), benchmark.binaryHeapOfferThenPoll(), shape);
    }
  }

  @Test
  void searchFindsWhatArraysBinarySearchFindsAtEveryShape() {
    for (String shape : List.of("random", "fewDistinct")) {
      SearchBenchmark benchmark = new SearchBenchmark();
      benchmark.n = 300;
      benchmark.shape = shape;
      benchmark.setUp();
      int[] sorted = benchmark.sorted;
      assertTrue(Arrays.equals(sorted, Arrays.stream(sorted).sorted().toArray()), shape + " array is sorted");
      int present = 0;
      for (int key : benchmark.queries) {
        int jdk = Arrays.binarySearch(sorted, key);
        int ours = BinarySearch.indexOf(sorted, key);
        if (jdk >= 0) {
          present++;
          // Among equal keys either search may return any of them.
          assertEquals(key, sorted[ours], shape + " key " + key);
        } else {
          assertEquals(jdk, ours, shape + " key " + key);
        }
      }
      assertTrue(present >= benchmark.queries.length / 2, shape + ": " + present + " present queries");
    }
  }

  @Test
  void avlTreeReadsBackWhatTreeMapReadsBackAtEveryShape() {
    TreeBenchmark benchmark = new TreeBenchmark();
    for (String shape : List.of("random", "sorted", "reversed", "fewDistinct")) {
      TreeBenchmark.LargeKeys keys = new TreeBenchmark.LargeKeys();
      keys.n = 300;
      keys.shape = shape;
      keys.setUp();
      assertEquals(300, keys.keys.length, shape);
      assertEquals(benchmark.treeMapPutGet(keys), benchmark.avlPutGet(keys), shape);
    }
  }
}
