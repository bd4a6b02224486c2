package io.github.dsalab.lab.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dsalab.lab.inputs.InputShape;
import io.github.dsalab.lab.timing.TimingFailedException;
import io.github.dsalab.lab.timing.TimingPass;
import io.github.dsalab.search.BinarySearch;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The topic benchmarks' {@code shape} parameters: random comes first (so a bare JMH run starts with
 * the common case), every shape is one the lab can ask for by name, and at every shape our code
 * returns what the JDK baseline returns on the same data.
 */
class BenchmarkShapesTest {

  @ParameterizedTest
  @ValueSource(strings = {"HeapBenchmark", "SearchBenchmark", "TreeBenchmark"})
  void everyShapeIsOneTheLabNamesAndRandomComesFirst(String benchmark) throws TimingFailedException {
    String[] declared = TimingPass.paramValues(TimingPass.findBenchmarkClass(benchmark)).get("shape");
    assertNotNull(declared, benchmark + " declares no shape");
    assertEquals("random", declared[0]);
    for (String value : declared) {
      InputShape shape = InputShape.fromLabel(value.replaceAll("([A-Z])", "-$1"));
      assertNotNull(shape, benchmark + " shape " + value);
      assertEquals(value, TimingPass.shapeValue(benchmark, declared, shape));
    }
  }

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
