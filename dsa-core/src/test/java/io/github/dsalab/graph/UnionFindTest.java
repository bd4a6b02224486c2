package io.github.dsalab.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.junit.jupiter.api.Test;

class UnionFindTest {

  @Test
  void mergesSetsAndCountsThem() {
    UnionFind sets = new UnionFind(5);
    assertEquals(5, sets.count());
    assertTrue(sets.union(0, 1));
    assertTrue(sets.union(3, 4));
    assertFalse(sets.union(1, 0));
    assertTrue(sets.connected(0, 1));
    assertFalse(sets.connected(1, 3));
    assertEquals(3, sets.count());
    assertEquals(5, sets.elementCount());
    assertEquals(sets.find(0), sets.find(1));
    assertTrue(sets.isValid());
  }

  @Test
  void aLongChainOfUnionsStaysShallowAndFindIsNotRecursive() {
    int n = 1 << 20;
    UnionFind sets = new UnionFind(n);
    for (int i = 1; i < n; i++) {
      sets.union(i - 1, i);
    }
    assertEquals(1, sets.count());
    assertTrue(sets.connected(0, n - 1));
    assertTrue(sets.isValid());
  }

  @Test
  void badElementsAreNamedWithTheRange() {
    UnionFind sets = new UnionFind(5);
    assertEquals(
        "element 7 is not between 0 and 4",
        assertThrows(IllegalArgumentException.class, () -> sets.find(7)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> sets.union(0, -1));
    assertThrows(IllegalArgumentException.class, () -> new UnionFind(-1));
    assertThrows(IllegalArgumentException.class, () -> new UnionFind(0).find(0));
  }

  @Provide
  Arbitrary<Tuple2<Integer, List<Tuple2<Integer, Integer>>>> unions() {
    return Arbitraries.integers()
        .between(1, 40)
        .flatMap(
            n -> {
              Arbitrary<Integer> element = Arbitraries.integers().between(0, n - 1);
              return element.tuple2().list().ofMaxSize(80).map(ops -> Tuple.of(n, ops));
            });
  }

  /** The model: a label per element, relabelled wholesale on every union. */
  @Property(tries = 300)
  void agreesWithRelabellingEveryElement(
      @ForAll("unions") Tuple2<Integer, List<Tuple2<Integer, Integer>>> input) {
    int n = input.get1();
    UnionFind sets = new UnionFind(n);
    int[] label = new int[n];
    int labels = n;
    for (int i = 0; i < n; i++) {
      label[i] = i;
    }
    for (Tuple2<Integer, Integer> op : input.get2()) {
      int p = op.get1();
      int q = op.get2();
      boolean separate = label[p] != label[q];
      assertEquals(separate, sets.union(p, q));
      if (separate) {
        int old = label[q];
        for (int i = 0; i < n; i++) {
          if (label[i] == old) {
            label[i] = label[p];
          }
        }
        labels--;
      }
      assertEquals(labels, sets.count());
      assertTrue(sets.isValid());
    }
    for (int p = 0; p < n; p++) {
      for (int q = 0; q < n; q++) {
        assertEquals(label[p] == label[q], sets.connected(p, q));
      }
    }
  }
}
