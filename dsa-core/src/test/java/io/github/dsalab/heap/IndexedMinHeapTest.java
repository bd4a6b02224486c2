package io.github.dsalab.heap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dsalab.counting.CountingComparator;
import java.util.Comparator;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class IndexedMinHeapTest {

  @Test
  void decreaseKeyMovesAnIndexToTheFront() {
    IndexedMinHeap<Double> heap = new IndexedMinHeap<>(5);
    heap.insert(3, 2.5);
    heap.insert(1, 4.0);
    heap.insert(4, 3.0);
    assertEquals(3, heap.minIndex());
    heap.decreaseKey(1, 1.0);
    assertEquals(1, heap.minIndex());
    assertEquals(1.0, heap.minKey());
    assertEquals(1, heap.pollMin());
    assertEquals(3, heap.pollMin());
    assertEquals(4, heap.pollMin());
    assertTrue(heap.isEmpty());
  }

  @Test
  void heapOrderShowsTheIndicesAsTheArrayHoldsThemRootFirst() {
    IndexedMinHeap<Double> heap = new IndexedMinHeap<>(6);
    heap.insert(3, 2.5);
    heap.insert(1, 4.0);
    heap.insert(4, 1.0);
    assertArrayEquals(new int[] {4, 1, 3}, heap.heapOrder());
    heap.insert(0, 0.5);
    // 0 enters at position 3, under 1 (4.0), rises past it and past 4 (1.0) to the root.
    assertArrayEquals(new int[] {0, 4, 3, 1}, heap.heapOrder());
    heap.heapOrder()[0] = 5;
    assertEquals(0, heap.minIndex(), "the view is a copy");
    heap.pollMin();
    assertEquals(heap.minIndex(), heap.heapOrder()[0]);
    assertEquals(3, heap.heapOrder().length);
  }

  @Test
  void anIndexCanBeInsertedAgainAfterItWasPolled() {
    IndexedMinHeap<String> heap = new IndexedMinHeap<>(2);
    heap.insert(0, "b");
    assertEquals(0, heap.pollMin());
    assertFalse(heap.contains(0));
    heap.insert(0, "a");
    assertEquals("a", heap.keyOf(0));
  }

  @Test
  void decreasingToAnEqualKeyIsAllowed() {
    IndexedMinHeap<Integer> heap = new IndexedMinHeap<>(3);
    heap.insert(2, 7);
    heap.decreaseKey(2, 7);
    assertEquals(7, heap.keyOf(2));
  }

  @Test
  void aComparatorDecidesTheOrder() {
    IndexedMinHeap<String> heap = new IndexedMinHeap<>(3, Comparator.comparing(String::length));
    heap.insert(0, "ccc");
    heap.insert(1, "a");
    heap.insert(2, "bb");
    assertEquals(1, heap.pollMin());
    assertEquals(2, heap.pollMin());
    assertEquals(0, heap.pollMin());
  }

  @Test
  void badIndicesNameTheValueAndTheRange() {
    IndexedMinHeap<Integer> heap = new IndexedMinHeap<>(5);
    assertEquals(
        "index 7 is not between 0 and 4",
        assertThrows(IllegalArgumentException.class, () -> heap.insert(7, 1)).getMessage());
    assertEquals(
        "index -1 is not between 0 and 4",
        assertThrows(IllegalArgumentException.class, () -> heap.contains(-1)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> heap.keyOf(5));
    assertThrows(IllegalArgumentException.class, () -> heap.decreaseKey(5, 1));
  }

  @Test
  void misuseOfPresentAndAbsentIndicesIsRejectedWithTheValues() {
    IndexedMinHeap<Integer> heap = new IndexedMinHeap<>(5);
    heap.insert(2, 5);
    String duplicate =
        assertThrows(IllegalArgumentException.class, () -> heap.insert(2, 3)).getMessage();
    assertTrue(duplicate.contains("2") && duplicate.contains("5") && duplicate.contains("3"), duplicate);
    String larger =
        assertThrows(IllegalArgumentException.class, () -> heap.decreaseKey(2, 9)).getMessage();
    assertTrue(larger.contains("9") && larger.contains("5"), larger);
    assertEquals(5, heap.keyOf(2), "a rejected decrease leaves the key alone");
    assertEquals(
        "index 3 is not in the heap",
        assertThrows(IllegalArgumentException.class, () -> heap.decreaseKey(3, 1)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> heap.keyOf(3));
  }

  @Test
  void emptyHeapThrowsNoSuchElement() {
    IndexedMinHeap<Integer> heap = new IndexedMinHeap<>(0);
    assertThrows(NoSuchElementException.class, heap::minIndex);
    assertThrows(NoSuchElementException.class, heap::minKey);
    assertThrows(NoSuchElementException.class, heap::pollMin);
  }

  @Test
  void nullsAndNegativeCapacityAreRejected() {
    IndexedMinHeap<Integer> heap = new IndexedMinHeap<>(2);
    assertEquals("key", assertThrows(NullPointerException.class, () -> heap.insert(0, null)).getMessage());
    heap.insert(0, 1);
    assertEquals(
        "key", assertThrows(NullPointerException.class, () -> heap.decreaseKey(0, null)).getMessage());
    assertEquals(
        "comparator",
        assertThrows(NullPointerException.class, () -> new IndexedMinHeap<Integer>(2, null)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> new IndexedMinHeap<Integer>(-1));
  }

  @Test
  void nonComparableKeysFailUnderNaturalOrder() {
    IndexedMinHeap<Object> heap = new IndexedMinHeap<>(2);
    assertThrows(ClassCastException.class, () -> heap.insert(0, new Object()));
    assertFalse(heap.contains(0));
  }

  @Test
  void operationsCostLogarithmicComparisons() {
    int n = 1 << 12;
    CountingComparator<Integer> cmp = CountingComparator.naturalOrder();
    IndexedMinHeap<Integer> heap = new IndexedMinHeap<>(n, cmp);
    for (int i = 0; i < n; i++) {
      heap.insert(i, n - i);   // every insert climbs to the root: the worst case
    }
    // each insert compares at most once per level: floor(log2(size)) levels
    assertTrue(cmp.count() <= (long) n * 12, () -> "inserts: " + cmp.count());
    cmp.reset();
    heap.decreaseKey(0, -1);
    assertTrue(cmp.count() <= 1 + 12, () -> "decreaseKey: " + cmp.count());
    cmp.reset();
    heap.pollMin();
    assertTrue(cmp.count() <= 2 * 12, () -> "pollMin: " + cmp.count());
  }
}
