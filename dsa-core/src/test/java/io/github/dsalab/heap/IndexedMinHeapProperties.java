package io.github.dsalab.heap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Replays random operation sequences on an {@link IndexedMinHeap} and on a brute-force model (an
 * array of keys, minimum found by a linear scan), checking the heap order after every step.
 */
class IndexedMinHeapProperties {
  private static final int CAPACITY = 12;

  private enum Kind { INSERT, DECREASE, POLL, PEEK, CONTAINS }

  private static final class Operation {
    final Kind kind;
    final int index;
    final int key;

    Operation(Kind kind, int index, int key) {
      this.kind = kind;
      this.index = index;
      this.key = key;
    }

    @Override
    public String toString() {
      return kind + "(" + index + ", " + key + ")";
    }
  }

  @Provide
  Arbitrary<List<Operation>> operations() {
    Arbitrary<Operation> operation =
        Combinators.combine(
                Arbitraries.of(Kind.class),
                Arbitraries.integers().between(0, CAPACITY - 1),
                Arbitraries.integers().between(-20, 20))
            .as(Operation::new);
    return operation.list().ofMaxSize(80);
  }

  @Property(tries = 300)
  void behavesLikeABruteForceModelUnderNaturalOrder(@ForAll("operations") List<Operation> operations) {
    replay(new IndexedMinHeap<>(CAPACITY), Comparator.naturalOrder(), operations);
  }

  @Property(tries = 200)
  void behavesLikeABruteForceModelUnderAComparator(@ForAll("operations") List<Operation> operations) {
    Comparator<Integer> reversed = Comparator.reverseOrder();
    replay(new IndexedMinHeap<>(CAPACITY, reversed), reversed, operations);
  }

  private static void replay(
      IndexedMinHeap<Integer> heap, Comparator<Integer> order, List<Operation> operations) {
    Integer[] model = new Integer[CAPACITY];
    int modelSize = 0;
    for (Operation op : operations) {
      int i = op.index;
      switch (op.kind) {
        case INSERT:
          if (model[i] == null) {
            heap.insert(i, op.key);
            model[i] = op.key;
            modelSize++;
          } else {
            assertThrows(IllegalArgumentException.class, () -> heap.insert(i, op.key));
          }
          break;
        case DECREASE:
          if (model[i] == null || order.compare(op.key, model[i]) > 0) {
            assertThrows(IllegalArgumentException.class, () -> heap.decreaseKey(i, op.key));
          } else {
            heap.decreaseKey(i, op.key);
            model[i] = op.key;
          }
          break;
        case POLL:
          if (modelSize == 0) {
            assertThrows(NoSuchElementException.class, heap::pollMin);
          } else {
            Integer smallest = smallest(model, order);
            int polled = heap.pollMin();
            assertEquals(smallest, model[polled], "polled index must carry a smallest key");
            model[polled] = null;
            modelSize--;
          }
          break;
        case PEEK:
          if (modelSize == 0) {
            assertThrows(NoSuchElementException.class, heap::minIndex);
            assertThrows(NoSuchElementException.class, heap::minKey);
          } else {
            Integer smallest = smallest(model, order);
            assertEquals(smallest, heap.minKey());
            assertEquals(smallest, model[heap.minIndex()]);
          }
          break;
        case CONTAINS:
          assertEquals(model[i] != null, heap.contains(i));
          if (model[i] != null) {
            assertEquals(model[i], heap.keyOf(i));
          } else {
            assertThrows(IllegalArgumentException.class, () -> heap.keyOf(i));
          }
          break;
        default:
          throw new AssertionError(op.kind);
      }
      assertEquals(modelSize, heap.size());
      assertEquals(modelSize == 0, heap.isEmpty());
      assertTrue(heap.isHeapOrdered(), () -> "heap order broken after " + op + ": " + heap);
    }
  }

  private static Integer smallest(Integer[] model, Comparator<Integer> order) {
    Integer smallest = null;
    for (Integer key : model) {
      if (key != null && (smallest == null || order.compare(key, smallest) < 0)) {
        smallest = key;
      }
    }
    return smallest;
  }

  @Property(tries = 100)
  void pollingEverythingYieldsTheKeysInOrder(@ForAll List<@net.jqwik.api.constraints.IntRange(min = -1000, max = 1000) Integer> keys) {
    IndexedMinHeap<Integer> heap = new IndexedMinHeap<>(keys.size());
    for (int i = 0; i < keys.size(); i++) {
      heap.insert(i, keys.get(i));
    }
    List<Integer> expected = new java.util.ArrayList<>(keys);
    expected.sort(null);
    for (Integer key : expected) {
      assertEquals(key, heap.minKey());
      int index = heap.pollMin();
      assertEquals(key, keys.get(index));
      assertTrue(heap.isHeapOrdered());
    }
    assertTrue(heap.isEmpty());
  }
}
