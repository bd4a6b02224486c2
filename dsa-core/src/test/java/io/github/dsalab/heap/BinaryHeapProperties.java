package io.github.dsalab.heap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dsalab.counting.CountingComparator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;

/**
 * Runs random chains of queue operations on a {@link BinaryHeap} and a
 * {@link java.util.PriorityQueue} side by side. The two may break ties and lay out their arrays
 * differently, so they are compared by what the contract fixes: the values polled and peeked, the
 * answers to contains/remove, and the multiset of elements, plus the heap order after every step.
 */
class BinaryHeapProperties {

  /** The heap under test and its model, both ordered by the same comparator. */
  static final class Pair {
    final Comparator<Integer> order;
    final BinaryHeap<Integer> heap;
    final PriorityQueue<Integer> model;

    Pair(Comparator<Integer> order, boolean natural) {
      this.order = order;
      this.heap = natural ? new BinaryHeap<>() : new BinaryHeap<>(order);
      this.model = new PriorityQueue<>(order);
    }

    @Override
    public String toString() {
      return "heap=" + heap + " model=" + model;
    }
  }

  private static Arbitrary<Integer> values() {
    return Arbitraries.integers().between(-30, 30);   // small, so duplicates are common
  }

  private static final Action.Independent<Pair> OFFER =
      () -> values().map(v -> Transformer.mutate("offer " + v, pair -> {
        assertTrue(pair.heap.offer(v));
        pair.model.offer(v);
      }));

  private static final Action.Independent<Pair> ADD_ALL =
      () -> values().list().ofMaxSize(8).map(vs -> Transformer.mutate("addAll " + vs, pair -> {
        assertEquals(pair.model.addAll(vs), pair.heap.addAll(vs));
      }));

  private static final Action.Independent<Pair> POLL =
      () -> Arbitraries.just(Transformer.mutate("poll", pair -> {
        assertEquals(pair.model.poll(), pair.heap.poll());
      }));

  private static final Action.Independent<Pair> REMOVE_HEAD =
      () -> Arbitraries.just(Transformer.mutate("remove()", pair -> {
        if (pair.model.isEmpty()) {
          assertThrows(NoSuchElementException.class, pair.heap::remove);
          assertThrows(NoSuchElementException.class, pair.heap::element);
        } else {
          assertEquals(pair.model.element(), pair.heap.element());
          assertEquals(pair.model.remove(), pair.heap.remove());
        }
      }));

  private static final Action.Independent<Pair> PEEK =
      () -> Arbitraries.just(Transformer.mutate("peek", pair -> {
        assertEquals(pair.model.peek(), pair.heap.peek());
      }));

  private static final Action.Independent<Pair> REMOVE_OBJECT =
      () -> values().map(v -> Transformer.mutate("remove " + v, pair -> {
        assertEquals(pair.model.contains(v), pair.heap.contains(v));
        assertEquals(pair.model.remove(v), pair.heap.remove(v));
      }));

  /**
   * Walks the heap with its iterator, removing every element whose value has the given remainder
   * (or, with stop set, stopping after the given number of steps). Every element must be visited
   * exactly once, and the removals must be exactly the chosen ones.
   */
  private static final Action.Independent<Pair> ITERATOR_REMOVE =
      () -> Combinators.combine(
              Arbitraries.integers().between(1, 4), Arbitraries.integers().between(0, 3),
              Arbitraries.integers().between(0, 70))
          .as((modulus, remainder, steps) -> Transformer.<Pair>mutate(
              "iterator removes x % " + modulus + " == " + remainder % modulus + " in first " + steps,
              pair -> {
                List<Integer> before = sorted(pair.heap.toArray());
                List<Integer> visited = new ArrayList<>();
                List<Integer> removed = new ArrayList<>();
                Iterator<Integer> it = pair.heap.iterator();
                for (int step = 0; step < steps && it.hasNext(); step++) {
                  Integer x = it.next();
                  visited.add(x);
                  if (Math.floorMod(x, modulus) == remainder % modulus) {
                    it.remove();
                    removed.add(x);
                    assertThrows(IllegalStateException.class, it::remove);
                  }
                }
                if (steps >= before.size()) {
                  assertFalse(it.hasNext());
                  assertThrows(NoSuchElementException.class, it::next);
                  assertEquals(before, sorted(visited.toArray()), "each element visited exactly once");
                }
                for (Integer x : removed) {
                  assertTrue(pair.model.remove(x));
                }
              }));

  private static final Action.Independent<Pair> FAIL_FAST =
      () -> values().map(v -> Transformer.mutate("iterate, offer " + v + ", next", pair -> {
        Iterator<Integer> it = pair.heap.iterator();
        pair.heap.offer(v);
        pair.model.offer(v);
        assertThrows(ConcurrentModificationException.class, it::next);
      }));

  private static final Action.Independent<Pair> CLEAR =
      () -> Arbitraries.just(Transformer.mutate("clear", pair -> {
        pair.heap.clear();
        pair.model.clear();
      }));

  private static final Action.Independent<Pair> TO_ARRAY =
      () -> Arbitraries.integers().between(0, 40).map(length -> Transformer.mutate("toArray into " + length, pair -> {
        Integer[] target = new Integer[length];
        Arrays.fill(target, 99);
        Integer[] result = pair.heap.toArray(target);
        int size = pair.model.size();
        assertEquals(size, Math.min(result.length, size));
        if (length >= size) {
          assertTrue(result == target, "fits: the given array is used");
          if (length > size) {
            assertNull(result[size]);
          }
        } else {
          assertEquals(size, result.length);
        }
        assertEquals(sorted(pair.model.toArray()), sorted(Arrays.copyOf(result, size)));
      }));

  private static List<Integer> sorted(Object[] values) {
    List<Integer> list = new ArrayList<>();
    for (Object v : values) {
      list.add((Integer) v);
    }
    list.sort(null);
    return list;
  }

  private static ActionChain<Pair> withInvariants(ActionChain<Pair> chain) {
    return chain.withInvariant("heap order and same multiset as the model", pair -> {
      assertTrue(pair.heap.isHeapOrdered(), "heap order");
      assertEquals(pair.model.size(), pair.heap.size());
      assertEquals(pair.model.isEmpty(), pair.heap.isEmpty());
      assertEquals(sorted(pair.model.toArray()), sorted(pair.heap.toArray()));
    });
  }

  @Provide
  Arbitrary<ActionChain<Pair>> naturalChains() {
    return chains(() -> new Pair(Comparator.naturalOrder(), true));
  }

  @Provide
  Arbitrary<ActionChain<Pair>> maxHeapChains() {
    return chains(() -> new Pair(Comparator.reverseOrder(), false));
  }

  private static Arbitrary<ActionChain<Pair>> chains(java.util.function.Supplier<Pair> start) {
    return ActionChain.startWith(start)
        .withAction(6, OFFER)
        .withAction(1, ADD_ALL)
        .withAction(3, POLL)
        .withAction(1, REMOVE_HEAD)
        .withAction(1, PEEK)
        .withAction(2, REMOVE_OBJECT)
        .withAction(2, ITERATOR_REMOVE)
        .withAction(1, FAIL_FAST)
        .withAction(1, TO_ARRAY)
        .withAction(1, CLEAR)
        .withMaxTransformations(60);
  }

  @Property(tries = 200)
  void naturalOrderHeapBehavesLikePriorityQueue(@ForAll("naturalChains") ActionChain<Pair> chain) {
    withInvariants(chain).run();
  }

  @Property(tries = 100)
  void comparatorHeapBehavesLikePriorityQueue(@ForAll("maxHeapChains") ActionChain<Pair> chain) {
    withInvariants(chain).run();
  }

  @Property(tries = 200)
  void heapifyThenPollingSortsAndStaysWithinTheComparisonBounds(
      @ForAll @Size(max = 300) List<@IntRange(min = -50, max = 50) Integer> values) {
    CountingComparator<Integer> cmp = CountingComparator.naturalOrder();
    BinaryHeap<Integer> heap = new BinaryHeap<>(values, cmp);
    int n = values.size();
    assertTrue(cmp.count() <= 2L * n, () -> "heapify of " + n + ": " + cmp.count() + " comparisons");
    assertTrue(heap.isHeapOrdered());
    List<Integer> expected = new ArrayList<>(values);
    expected.sort(null);
    for (Integer value : expected) {
      int before = heap.size();
      cmp.reset();
      assertEquals(value, heap.poll());
      long bound = 2L * (31 - Integer.numberOfLeadingZeros(before));   // 2 floor(log2 n)
      assertTrue(cmp.count() <= bound, () -> "poll of " + before + ": " + cmp.count() + " > " + bound);
    }
    assertNull(heap.poll());
  }
}
