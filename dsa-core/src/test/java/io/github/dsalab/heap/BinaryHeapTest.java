package io.github.dsalab.heap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dsalab.counting.CountingComparator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BinaryHeapTest {

  @Test
  void theClassExampleHolds() {
    BinaryHeap<String> tasks = new BinaryHeap<>(List.of("write", "test", "ship"));
    tasks.offer("plan");
    assertEquals("plan", tasks.poll());
    assertEquals(List.of("ship", "test", "write"), List.of(tasks.poll(), tasks.poll(), tasks.poll()));
  }

  @Test
  void aReversedComparatorMakesAMaxHeap() {
    BinaryHeap<Integer> heap = new BinaryHeap<>(Comparator.reverseOrder());
    heap.addAll(List.of(3, 9, 1, 9, 4));
    assertEquals(9, heap.peek());
    assertEquals(List.of(9, 9, 4, 3, 1), List.of(heap.poll(), heap.poll(), heap.poll(), heap.poll(), heap.poll()));
    assertNull(heap.poll());
    assertNull(heap.peek());
  }

  @Test
  void emptyHeapFollowsTheQueueContract() {
    BinaryHeap<Integer> heap = new BinaryHeap<>();
    assertNull(heap.poll());
    assertNull(heap.peek());
    assertThrows(NoSuchElementException.class, heap::remove);
    assertThrows(NoSuchElementException.class, heap::element);
    assertThrows(NoSuchElementException.class, () -> heap.iterator().next());
    assertEquals(0, heap.toArray().length);
    assertFalse(heap.contains(1));
    assertFalse(heap.remove(1));
  }

  @Test
  void nullIsRejectedByName() {
    BinaryHeap<Integer> heap = new BinaryHeap<>();
    assertEquals("element", assertThrows(NullPointerException.class, () -> heap.offer(null)).getMessage());
    assertEquals("element", assertThrows(NullPointerException.class, () -> heap.add(null)).getMessage());
    assertEquals("element",
        assertThrows(NullPointerException.class, () -> new BinaryHeap<>(Arrays.asList(1, null))).getMessage());
    assertEquals("elements",
        assertThrows(NullPointerException.class, () -> new BinaryHeap<Integer>((List<Integer>) null)).getMessage());
    assertEquals("comparator",
        assertThrows(NullPointerException.class, () -> new BinaryHeap<Integer>((Comparator<Integer>) null)).getMessage());
    assertFalse(heap.contains(null));
    assertFalse(heap.remove(null));
  }

  @Test
  void nonComparableElementsFailAtOfferUnderNaturalOrder() {
    BinaryHeap<Object> heap = new BinaryHeap<>();
    assertThrows(ClassCastException.class, () -> heap.offer(new Object()));
    assertTrue(heap.isEmpty(), "a rejected element is not added");
    assertThrows(ClassCastException.class, () -> new BinaryHeap<>(List.of(new Object())));
    BinaryHeap<Object> byHash = new BinaryHeap<>(Comparator.comparingInt(Object::hashCode));
    assertTrue(byHash.offer(new Object()), "any element is fine under a comparator");
  }

  @Test
  void addAllIntoAnEmptyHeapBuildsItBottomUpWithAtMostTwoComparisonsPerElement() {
    for (int n : new int[] {1, 2, 7, 64, 1000}) {
      List<Integer> input = new ArrayList<>();
      SplittableRandom random = new SplittableRandom(n);
      for (int i = 0; i < n; i++) {
        input.add(random.nextInt(100));
      }
      CountingComparator<Integer> cmp = CountingComparator.naturalOrder();
      BinaryHeap<Integer> heap = new BinaryHeap<>(cmp);
      assertTrue(heap.addAll(input));
      // Floyd's bound, where offering the values one by one would cost O(n log n).
      assertTrue(cmp.count() <= 2L * n, () -> cmp.count() + " comparisons for " + n);
      assertTrue(heap.isHeapOrdered());
      List<Integer> polled = new ArrayList<>();
      while (!heap.isEmpty()) {
        polled.add(heap.poll());
      }
      Collections.sort(input);
      assertEquals(input, polled);
    }
  }

  @Test
  void addAllOfAFewElementsKeepsTheHeapOrderedAndABadElementLeavesItUnchanged() {
    BinaryHeap<Integer> heap = new BinaryHeap<>(List.of(9, 4, 7, 1, 8));
    assertTrue(heap.addAll(List.of(3, 0)));
    assertFalse(heap.addAll(List.of()));
    assertTrue(heap.isHeapOrdered());
    assertEquals(7, heap.size());
    assertEquals(0, heap.peek());
    assertEquals("element", assertThrows(NullPointerException.class, () -> heap.addAll(Arrays.asList(5, null)))
        .getMessage());
    assertEquals(7, heap.size(), "nothing was added");
    assertThrows(IllegalArgumentException.class, () -> heap.addAll(heap));
    BinaryHeap<Object> natural = new BinaryHeap<>();
    assertThrows(ClassCastException.class, () -> natural.addAll(List.of("a", new Object())));
    assertTrue(natural.isEmpty());
  }

  @Test
  void comparatorReportsNullForNaturalOrderLikePriorityQueue() {
    assertNull(new BinaryHeap<Integer>().comparator());
    Comparator<Integer> reversed = Comparator.reverseOrder();
    assertSame(reversed, new BinaryHeap<>(reversed).comparator());
    assertSame(reversed, new BinaryHeap<>(List.of(1), reversed).comparator());
  }

  @Test
  void toArrayFillsALargeEnoughArrayAndMarksTheEnd() {
    BinaryHeap<Integer> heap = new BinaryHeap<>(List.of(5, 1, 3));
    Integer[] target = {7, 7, 7, 7, 7};
    assertSame(target, heap.toArray(target));
    assertNull(target[3]);
    assertEquals(7, target[4]);
    Integer[] grown = heap.toArray(new Integer[0]);
    Arrays.sort(grown);
    assertArrayEquals(new Integer[] {1, 3, 5}, grown);
    assertThrows(ArrayStoreException.class, () -> heap.toArray(new String[3]));
  }

  @Test
  void iteratorRemoveVisitsAnElementThatRoseAboveTheCursor() {
    // Already a heap, so heapify keeps this layout. Removing 12 (index 4) moves the last
    // element, 3, into index 4, from where it rises to index 1, behind the cursor.
    BinaryHeap<Integer> heap = new BinaryHeap<>(List.of(0, 10, 1, 11, 12, 2, 3));
    assertArrayEquals(new Object[] {0, 10, 1, 11, 12, 2, 3}, heap.toArray());
    List<Integer> visited = new ArrayList<>();
    Iterator<Integer> it = heap.iterator();
    while (it.hasNext()) {
      Integer x = it.next();
      visited.add(x);
      if (x == 12 || x == 3) {
        it.remove();
      }
    }
    Collections.sort(visited);
    assertEquals(List.of(0, 1, 2, 3, 10, 11, 12), visited);
    assertTrue(heap.isHeapOrdered());
    assertEquals(List.of(0, 1, 2, 10, 11), List.of(heap.poll(), heap.poll(), heap.poll(), heap.poll(), heap.poll()));
  }

  @Test
  void iteratorRemoveNeedsAFreshNext() {
    BinaryHeap<Integer> heap = new BinaryHeap<>(List.of(1, 2));
    Iterator<Integer> it = heap.iterator();
    assertThrows(IllegalStateException.class, it::remove);
    it.next();
    it.remove();
    assertThrows(IllegalStateException.class, it::remove);
    assertEquals(1, heap.size());
  }

  @Test
  void iteratorsFailFastOnChangesBehindTheirBack() {
    BinaryHeap<Integer> heap = new BinaryHeap<>(List.of(1, 2, 3));
    Iterator<Integer> polled = heap.iterator();
    heap.poll();
    assertThrows(ConcurrentModificationException.class, polled::next);
    Iterator<Integer> removed = heap.iterator();
    removed.next();
    heap.remove(3);
    assertThrows(ConcurrentModificationException.class, removed::remove);
    Iterator<Integer> cleared = heap.iterator();
    heap.clear();
    assertThrows(ConcurrentModificationException.class, cleared::next);
  }

  @Test
  void collectionMethodsGoThroughTheIteratorCorrectly() {
    BinaryHeap<Integer> heap = new BinaryHeap<>();
    for (int i = 0; i < 100; i++) {
      heap.offer((i * 37) % 100);
    }
    assertTrue(heap.removeIf(x -> x % 3 == 0));
    assertTrue(heap.isHeapOrdered());
    assertEquals(66, heap.size());
    int previous = Integer.MIN_VALUE;
    while (!heap.isEmpty()) {
      int x = heap.poll();
      assertTrue(x % 3 != 0 && x >= previous);
      previous = x;
    }
  }

  @Test
  void heapifyOfLargeInputsStaysWithinTwoNComparisons() {
    int n = 100_000;
    List<Integer> descending = new ArrayList<>();
    List<Integer> random = new ArrayList<>();
    SplittableRandom rng = new SplittableRandom(7);
    for (int i = 0; i < n; i++) {
      descending.add(n - i);
      random.add(rng.nextInt());
    }
    for (List<Integer> input : List.of(descending, random)) {
      CountingComparator<Integer> cmp = CountingComparator.naturalOrder();
      BinaryHeap<Integer> heap = new BinaryHeap<>(input, cmp);
      assertTrue(cmp.count() <= 2L * n, () -> cmp.count() + " comparisons");
      assertTrue(heap.isHeapOrdered());
      cmp.reset();
      heap.poll();
      assertTrue(cmp.count() <= 2 * 16, () -> "poll of 10^5: " + cmp.count() + " > 2 floor(log2 n) = 32");
    }
  }

  @Test
  void bottomUpPollComparesLessThanPriorityQueue() {
    int n = 1 << 16;
    SplittableRandom rng = new SplittableRandom(11);
    CountingComparator<Integer> ours = CountingComparator.naturalOrder();
    CountingComparator<Integer> jdks = CountingComparator.naturalOrder();
    BinaryHeap<Integer> heap = new BinaryHeap<>(ours);
    java.util.PriorityQueue<Integer> queue = new java.util.PriorityQueue<>(jdks);
    for (int i = 0; i < n; i++) {
      Integer key = rng.nextInt();
      heap.offer(key);
      queue.offer(key);
    }
    ours.reset();
    jdks.reset();
    while (!queue.isEmpty()) {
      assertEquals(queue.poll(), heap.poll());
    }
    // Sinking the moved leaf with two comparisons per level costs about 2 log2 n per poll; going
    // down with one per level and climbing back a little costs about log2 n.
    assertTrue(ours.count() < 0.6 * jdks.count(), () -> ours.count() + " vs " + jdks.count());
    assertTrue(ours.count() <= (long) n * (16 + 2), () -> ours.count() + " > n (log2 n + 2)");
  }
}
