package io.github.dsalab.tree;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.ConcurrentModificationException;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.state.ActionChain;
import org.junit.jupiter.api.Test;

/**
 * The contract every binary search tree map in this package keeps: the whole {@link NavigableMap}
 * contract as {@link TreeMap} keeps it, plus the learner's extras. Each tree's test is this class
 * and a factory.
 */
abstract class BinaryTreeMapContract {

  abstract <K, V> AbstractBinaryTreeMap<K, V> newTree(Comparator<? super K> comparator);

  abstract <K, V> AbstractBinaryTreeMap<K, V> copyOf(SortedMap<K, V> sorted);

  /** A bound on the height after any sequence of operations; only a balanced tree has one. */
  boolean heightIsWithinBound(AbstractBinaryTreeMap<?, ?> tree) {
    return tree.height() <= tree.size();
  }

  <K extends Comparable<K>, V> AbstractBinaryTreeMap<K, V> newTree() {
    return newTree(null);
  }

  private AbstractBinaryTreeMap<Integer, String> treeOf(int... keys) {
    AbstractBinaryTreeMap<Integer, String> tree = newTree();
    for (int key : keys) {
      tree.put(key, "v" + key);
    }
    return tree;
  }

  // ---------------------------------------------------------------- basic map behaviour

  @Test
  void anEmptyTreeHasNothingToGive() {
    AbstractBinaryTreeMap<Integer, String> tree = newTree();
    assertAll(
        () -> assertEquals(0, tree.size()),
        () -> assertTrue(tree.isEmpty()),
        () -> assertEquals(0, tree.height()),
        () -> assertNull(tree.get(1)),
        () -> assertNull(tree.firstEntry()),
        () -> assertNull(tree.pollLastEntry()),
        () -> assertNull(tree.ceilingKey(3)),
        () -> assertThrows(NoSuchElementException.class, tree::firstKey),
        () -> assertThrows(NoSuchElementException.class, () -> tree.descendingMap().lastKey()),
        () -> assertThrows(NoSuchElementException.class, () -> tree.navigableKeySet().first()),
        () -> assertEquals(List.of(), tree.levelOrder()),
        () -> assertEquals("{}", tree.toString()),
        () -> assertTrue(tree.check()));
  }

  @Test
  void putReturnsThePreviousValueAndRemoveTheRemovedOne() {
    AbstractBinaryTreeMap<String, Integer> tree = newTree();
    assertNull(tree.put("b", 1));
    assertEquals(1, tree.put("b", 2));
    assertEquals(2, tree.get("b"));
    assertEquals(2, tree.remove("b"));
    assertNull(tree.remove("b"));
    assertTrue(tree.isEmpty());
  }

  @Test
  void nullValuesAreAllowed() {
    AbstractBinaryTreeMap<Integer, String> tree = newTree();
    tree.put(1, null);
    assertTrue(tree.containsKey(1));
    assertTrue(tree.containsValue(null));
    assertTrue(tree.keySet().remove(1));
    assertFalse(tree.containsKey(1));
  }

  @Test
  void nullKeysAreRejectedUnderTheNaturalOrder() {
    AbstractBinaryTreeMap<Integer, String> tree = treeOf(1, 2);
    assertAll(
        () -> assertEquals("key", assertThrows(NullPointerException.class, () -> tree.put(null, "x")).getMessage()),
        () -> assertThrows(NullPointerException.class, () -> tree.get(null)),
        () -> assertThrows(NullPointerException.class, () -> tree.remove(null)),
        () -> assertThrows(NullPointerException.class, () -> tree.ceilingKey(null)),
        () -> assertThrows(NullPointerException.class, () -> tree.rank(null)),
        () -> assertThrows(NullPointerException.class, () -> tree.headMap(null)),
        () -> assertThrows(NullPointerException.class, () -> tree.descendingMap().put(null, "x")),
        () -> assertThrows(NullPointerException.class, () -> newTree().put(null, "x")));
  }

  @Test
  void aComparatorThatOrdersNullAllowsNullKeys() {
    AbstractBinaryTreeMap<Integer, String> tree = newTree(Comparator.nullsFirst(Comparator.naturalOrder()));
    tree.put(2, "two");
    tree.put(null, "none");
    assertEquals("none", tree.get(null));
    assertNull(tree.firstKey());
    assertEquals(0, tree.rank(null));
  }

  @Test
  void aKeyThatCannotBeComparedFailsOnTheFirstPut() {
    AbstractBinaryTreeMap<Object, String> tree = newTree(null);
    assertThrows(ClassCastException.class, () -> tree.put(new Object(), "x"));
    assertTrue(tree.isEmpty());
  }

  /** Sizes are counted on the way down, so a failed put must take its counts back. */
  @Test
  void aComparatorThatThrowsHalfwayDownLeavesTheTreeIntact() {
    Comparator<Integer> picky = (a, b) -> {
      if (a == 99 && b == 10) {
        throw new IllegalStateException("cannot compare 99 with 10");
      }
      return Integer.compare(a, b);
    };
    AbstractBinaryTreeMap<Integer, String> tree = newTree(picky);
    for (int i = 1; i <= 10; i++) {
      tree.put(i, "v" + i);
    }
    assertThrows(IllegalStateException.class, () -> tree.put(99, "x"));
    assertTrue(tree.check());
    assertEquals(10, tree.size());
    assertEquals(9, tree.rank(10));
    assertEquals(10, tree.select(9));
  }

  /** The same under the natural order, where put calls compareTo directly. */
  @Test
  void aKeyWhoseCompareToThrowsHalfwayDownLeavesTheTreeIntact() {
    AbstractBinaryTreeMap<Picky, String> tree = newTree(null);
    for (int i = 1; i <= 10; i++) {
      tree.put(new Picky(i), "v" + i);
    }
    assertThrows(IllegalStateException.class, () -> tree.put(new Picky(99), "x"));
    assertTrue(tree.check());
    assertEquals(10, tree.size());
    assertEquals(9, tree.rank(new Picky(10)));
  }

  /** Overwriting a value counts nothing: the sizes counted on the way down are taken back. */
  @Test
  void overwritingADeepKeyLeavesEverySizeAsItWas() {
    AbstractBinaryTreeMap<Integer, String> tree = newTree(null);
    for (int i = 1; i <= 100; i++) {
      tree.put(i, "v" + i);
    }
    AbstractBinaryTreeMap<Integer, String> byComparator = newTree(Comparator.naturalOrder());
    byComparator.putAll(tree);
    for (AbstractBinaryTreeMap<Integer, String> map : List.of(tree, byComparator)) {
      for (int i = 1; i <= 100; i += 7) {
        assertEquals("v" + i, map.put(i, "w" + i));
      }
      assertTrue(map.check());
      assertEquals(100, map.size());
      assertEquals(36, map.headMap(37).size());
      assertEquals(50, map.select(49));
    }
  }

  /** A key that refuses to be compared with 10: its compareTo throws when it meets that node. */
  record Picky(int value) implements Comparable<Picky> {
    @Override
    public int compareTo(Picky other) {
      if (value == 99 && other.value == 10) {
        throw new IllegalStateException("cannot compare 99 with 10");
      }
      return Integer.compare(value, other.value);
    }
  }

  @Test
  void theComparatorDecidesTheOrder() {
    AbstractBinaryTreeMap<String, Integer> tree = newTree(Comparator.reverseOrder());
    for (String key : List.of("b", "c", "a")) {
      tree.put(key, key.length());
    }
    assertEquals(List.of("c", "b", "a"), new ArrayList<>(tree.keySet()));
    assertEquals(Comparator.reverseOrder(), tree.comparator());
    assertEquals("b", tree.higherKey("c"));
    assertTrue(tree.check());
  }

  @Test
  void equalsHashCodeAndToStringAgreeWithOtherMaps() {
    AbstractBinaryTreeMap<Integer, String> tree = treeOf(3, 1, 2);
    Map<Integer, String> hashMap = new HashMap<>(Map.of(1, "v1", 2, "v2", 3, "v3"));
    assertEquals(hashMap, tree);
    assertEquals(tree, hashMap);
    assertEquals(hashMap.hashCode(), tree.hashCode());
    assertEquals("{1=v1, 2=v2, 3=v3}", tree.toString());
    assertEquals(Set.of(1, 2, 3), tree.keySet());
  }

  // ---------------------------------------------------------------- entries

  @Test
  void entriesFromAnIteratorWriteThroughButLookupsGiveSnapshots() {
    AbstractBinaryTreeMap<Integer, String> tree = treeOf(1, 2);
    Map.Entry<Integer, String> live = tree.entrySet().iterator().next();
    assertEquals("v1", live.setValue("one"));
    assertEquals("one", tree.get(1));
    Map.Entry<Integer, String> first = tree.firstEntry();
    assertThrows(UnsupportedOperationException.class, () -> first.setValue("x"));
    tree.put(1, "uno");
    assertEquals("one", first.getValue());
    assertEquals(new SimpleImmutableEntry<>(2, "v2"), tree.ceilingEntry(2));
  }

  // ---------------------------------------------------------------- iterators

  @Test
  void iteratorsFailFastAfterAStructuralChange() {
    AbstractBinaryTreeMap<Integer, String> tree = treeOf(1, 2, 3);
    List<Consumer<AbstractBinaryTreeMap<Integer, String>>> changes =
        List.of(t -> t.put(9, "x"), t -> t.remove(2), t -> t.pollFirstEntry(), t -> t.clear(),
            t -> t.headMap(2).clear(), t -> t.descendingMap().put(0, "x"));
    List<Function<AbstractBinaryTreeMap<Integer, String>, Iterator<?>>> iterators =
        List.of(t -> t.keySet().iterator(), t -> t.values().iterator(),
            t -> t.tailMap(1, false).entrySet().iterator(), t -> t.descendingKeySet().iterator());
    for (Consumer<AbstractBinaryTreeMap<Integer, String>> change : changes) {
      for (Function<AbstractBinaryTreeMap<Integer, String>, Iterator<?>> iteratorOf : iterators) {
        AbstractBinaryTreeMap<Integer, String> copy = treeOf(1, 2, 3);
        Iterator<?> iterator = iteratorOf.apply(copy);
        iterator.next();
        change.accept(copy);
        assertThrows(ConcurrentModificationException.class, iterator::next);
      }
    }
    Iterator<Integer> keys = tree.keySet().iterator();
    keys.next();
    tree.put(1, "new value");
    assertEquals(2, keys.next(), "replacing a value is not a structural change");
  }

  @Test
  void iteratorRemoveNeedsAPrecedingNext() {
    AbstractBinaryTreeMap<Integer, String> tree = treeOf(2, 1, 3);
    Iterator<Integer> keys = tree.keySet().iterator();
    assertThrows(IllegalStateException.class, keys::remove);
    keys.next();
    keys.remove();
    assertThrows(IllegalStateException.class, keys::remove);
    assertEquals(2, keys.next());
    assertEquals(List.of(2, 3), tree.inorder());
  }

  @Test
  void removingEveryNodeThroughTheIteratorEmptiesTheTree() {
    AbstractBinaryTreeMap<Integer, String> tree = treeOf(5, 3, 8, 1, 4, 7, 9, 2, 6);
    Iterator<Map.Entry<Integer, String>> entries = tree.entrySet().iterator();
    int removed = 0;
    while (entries.hasNext()) {
      entries.next();
      entries.remove();
      removed++;
      assertTrue(tree.check());
    }
    assertEquals(9, removed);
    assertTrue(tree.isEmpty());
    assertThrows(NoSuchElementException.class, entries::next);
  }

  // ---------------------------------------------------------------- views

  @Test
  void viewsRejectKeysOutsideTheirRange() {
    AbstractBinaryTreeMap<Integer, String> tree = treeOf(1, 3, 5, 7);
    NavigableMap<Integer, String> middle = tree.subMap(3, true, 7, false);
    IllegalArgumentException outside = assertThrows(IllegalArgumentException.class, () -> middle.put(7, "x"));
    assertEquals("key 7 is out of range [3, 7)", outside.getMessage());
    assertEquals("v5", middle.put(5, "five"));
    assertEquals("five", tree.get(5));
    assertNull(middle.get(1));
    assertNull(middle.remove(1));
    assertEquals("v1", tree.get(1));
    assertEquals(
        "fromKey 7 comes after toKey 3 in this map's order",
        assertThrows(IllegalArgumentException.class, () -> tree.subMap(7, 3)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> tree.descendingMap().subMap(3, 7));
    assertEquals(List.of(7, 5, 3), new ArrayList<>(tree.descendingMap().subMap(7, true, 3, true).keySet()));
    assertThrows(IllegalArgumentException.class, () -> middle.headMap(7, true));
    assertEquals(2, middle.headMap(7, false).size());
    assertThrows(IllegalArgumentException.class, () -> middle.tailMap(2));
    assertThrows(IllegalArgumentException.class, () -> tree.headMap(4).put(4, "x"));
    assertThrows(IllegalArgumentException.class, () -> tree.tailMap(4, false).descendingMap().put(4, "x"));
  }

  @Test
  void viewsOfViewsStayLive() {
    AbstractBinaryTreeMap<Integer, String> tree = treeOf(1, 2, 3, 4, 5, 6, 7, 8, 9);
    NavigableMap<Integer, String> view = tree.subMap(2, true, 8, true).descendingMap().headMap(4, false);
    assertEquals(List.of(8, 7, 6, 5), new ArrayList<>(view.keySet()));
    assertEquals(Collections.reverseOrder(), view.comparator());
    tree.remove(6);
    tree.put(9, "nine");
    assertEquals(3, view.size());
    assertEquals(5, view.pollLastEntry().getKey());
    assertFalse(tree.containsKey(5));
    NavigableSet<Integer> keys = view.descendingKeySet();
    assertEquals(List.of(7, 8), new ArrayList<>(keys));
    assertEquals(7, keys.pollFirst());
    view.clear();
    assertEquals(List.of(1, 2, 3, 4, 9), tree.inorder());
    assertTrue(tree.check());
  }

  @Test
  void sizeOfAViewIsCountedByRanks() {
    AbstractBinaryTreeMap<Integer, String> tree = treeOf(10, 20, 30, 40, 50);
    assertAll(
        () -> assertEquals(3, tree.subMap(20, true, 40, true).size()),
        () -> assertEquals(1, tree.subMap(20, false, 40, false).size()),
        () -> assertEquals(0, tree.subMap(30, false, 30, false).size()),
        () -> assertEquals(0, tree.subMap(31, 39).size()),
        () -> assertEquals(2, tree.headMap(30).size()),
        () -> assertEquals(3, tree.tailMap(25).size()),
        () -> assertEquals(5, tree.descendingMap().size()));
  }

  // ---------------------------------------------------------------- learner's extras

  /** The tree of 50 / 30 70 / 20 40 60 80 is balanced, so both trees build the same shape. */
  @Test
  void traversalsVisitTheKeysInTheirDocumentedOrders() {
    AbstractBinaryTreeMap<Integer, String> tree = treeOf(50, 30, 70, 20, 40, 60, 80);
    assertEquals(List.of(50, 30, 20, 40, 70, 60, 80), tree.preorder());
    assertEquals(List.of(20, 30, 40, 50, 60, 70, 80), tree.inorder());
    assertEquals(List.of(20, 40, 30, 60, 80, 70, 50), tree.postorder());
    assertEquals(List.of(50, 30, 70, 20, 40, 60, 80), tree.levelOrder());
    assertEquals(3, tree.height());
  }

  @Test
  void rankCountsSmallerKeysAndSelectInvertsIt() {
    AbstractBinaryTreeMap<Integer, String> tree = treeOf(50, 30, 70, 20, 40, 60, 80);
    assertEquals(0, tree.rank(10));
    assertEquals(0, tree.rank(20));
    assertEquals(3, tree.rank(45));
    assertEquals(3, tree.rank(50));
    assertEquals(7, tree.rank(99));
    assertEquals(20, tree.select(0));
    assertEquals(50, tree.select(3));
    assertEquals(80, tree.select(6));
    assertEquals(
        "rank 7 is not between 0 and 6 (size 7)",
        assertThrows(IllegalArgumentException.class, () -> tree.select(7)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> tree.select(-1));
    assertThrows(IllegalArgumentException.class, () -> newTree().select(0));
  }

  @Test
  void copyingASortedMapKeepsItsOrderAndBuildsABalancedTree() {
    TreeMap<Integer, String> source = new TreeMap<>(Comparator.reverseOrder());
    for (int i = 0; i < 1000; i++) {
      source.put(i, "v" + i);
    }
    AbstractBinaryTreeMap<Integer, String> copy = copyOf(source);
    assertEquals(source, copy);
    assertEquals(source.comparator(), copy.comparator());
    assertEquals(List.copyOf(source.keySet()), copy.inorder());
    assertEquals(10, copy.height(), "a perfectly balanced tree of 1000 keys has 10 levels");
    assertTrue(copy.check());
    copy.put(-1, "after");
    assertEquals(-1, copy.lastKey());
    assertTrue(copy.check());
  }

  @Test
  void copyingAnUnsortedMapUsesTheNaturalOrder() {
    Map<String, Integer> source = new HashMap<>(Map.of("b", 2, "a", 1, "c", 3));
    AbstractBinaryTreeMap<String, Integer> copy = newTree();
    copy.putAll(source);
    assertEquals(List.of("a", "b", "c"), copy.inorder());
    assertNull(copy.comparator());
  }

  // ---------------------------------------------------------------- no deep recursion

  /**
   * 20,000 sorted keys make the unbalanced tree a single path of 20,000 nodes; every operation
   * must still run in a thread whose stack (256 KiB) is far too small for recursion that deep: even
   * a lean recursive frame of 48 bytes would need 940 KiB. (Not more keys: building the path costs
   * n²/2 comparisons.)
   */
  @Test
  void aLongPathOfSortedKeysNeedsNoDeepStack() throws InterruptedException {
    int n = 20_000;
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread thread = new Thread(null, () -> {
      try {
        AbstractBinaryTreeMap<Integer, Integer> tree = newTree();
        for (int i = 0; i < n; i++) {
          tree.put(i, i);
        }
        assertTrue(heightIsWithinBound(tree));
        assertEquals(n - 1, tree.lastKey());
        assertEquals(n / 2, tree.rank(n / 2));
        assertEquals(n - 1, tree.select(n - 1));
        long sum = 0;
        for (int key : tree.keySet()) {
          sum += key;
        }
        assertEquals((long) n * (n - 1) / 2, sum);
        assertEquals(n, tree.preorder().size());
        assertEquals(n, tree.inorder().size());
        assertEquals(n, tree.postorder().size());
        assertEquals(n, tree.levelOrder().size());
        assertTrue(tree.check());
        assertEquals(new TreeMap<>(tree).hashCode(), tree.hashCode());
        assertEquals(n / 2, tree.headMap(n / 2).size());
        int counted = 0;
        for (Iterator<Integer> down = tree.descendingKeySet().iterator(); down.hasNext(); down.next()) {
          counted++;
        }
        assertEquals(n, counted);
        // Removing from the shallow end keeps this test fast; depth is what is being tested.
        Iterator<Integer> keys = tree.keySet().iterator();
        for (int i = 0; i < n / 2; i++) {
          keys.next();
          keys.remove();
        }
        for (int i = n / 2; i < 3 * n / 4; i++) {
          tree.remove(i);
        }
        assertEquals(n - 1, tree.pollLastEntry().getKey());
        assertEquals(n / 4 - 1, tree.size());
        assertTrue(tree.check());
        AbstractBinaryTreeMap<Integer, Integer> copy = copyOf(new TreeMap<>(tree));
        assertEquals(tree, copy);
        tree.clear();
        assertTrue(tree.isEmpty());
      } catch (Throwable t) {
        failure.set(t);
      }
    }, "small-stack", 256 * 1024);
    thread.start();
    thread.join();
    assertNull(failure.get(), () -> "failed on a 256 KiB stack: " + failure.get());
  }

  // ---------------------------------------------------------------- properties against TreeMap

  @Property(tries = 250)
  void behavesLikeTreeMapInTheNaturalOrder(@ForAll("naturalOrderChains") ActionChain<ModelCheck> chain) {
    chain.withInvariant("same as TreeMap", check -> check.checkInvariants(this::heightIsWithinBound)).run();
  }

  @Property(tries = 100)
  void behavesLikeTreeMapUnderAComparator(@ForAll("reversedChains") ActionChain<ModelCheck> chain) {
    chain.withInvariant("same as TreeMap", check -> check.checkInvariants(this::heightIsWithinBound)).run();
  }

  @Provide
  Arbitrary<ActionChain<ModelCheck>> naturalOrderChains() {
    return ActionChain.<ModelCheck>startWith(() -> new ModelCheck(new TreeMap<>(), newTree()))
        .withAction(ModelCheck.action())
        .withMaxTransformations(60);
  }

  @Provide
  Arbitrary<ActionChain<ModelCheck>> reversedChains() {
    Comparator<Integer> order = Comparator.reverseOrder();
    return ActionChain.<ModelCheck>startWith(() -> new ModelCheck(new TreeMap<>(order), newTree(order)))
        .withAction(ModelCheck.action())
        .withMaxTransformations(60);
  }

  @Property(tries = 200)
  void rankAndSelectAgreeWithTheSortedKeys(
      @ForAll @Size(max = 200) List<@IntRange(min = -1000, max = 1000) Integer> keys,
      @ForAll @IntRange(min = -1100, max = 1100) int probe) {
    AbstractBinaryTreeMap<Integer, Integer> tree = newTree();
    TreeMap<Integer, Integer> model = new TreeMap<>();
    for (int key : keys) {
      tree.put(key, key);
      model.put(key, key);
    }
    assertEquals(model.headMap(probe).size(), tree.rank(probe));
    List<Integer> sorted = new ArrayList<>(model.keySet());
    for (int i = 0; i < sorted.size(); i++) {
      assertEquals(sorted.get(i), tree.select(i));
      assertEquals(i, tree.rank(sorted.get(i)));
    }
  }

  /** The textbook recursive definitions, fine in a test on small trees, are the reference. */
  @Property(tries = 200)
  void traversalsMatchTheirRecursiveDefinitions(
      @ForAll @Size(max = 100) List<@IntRange(min = 0, max = 300) Integer> keys) {
    AbstractBinaryTreeMap<Integer, Integer> tree = newTree();
    for (int key : keys) {
      tree.put(key, key);
    }
    List<Integer> pre = new ArrayList<>();
    List<Integer> post = new ArrayList<>();
    walk(tree.root, pre, post);
    assertEquals(pre, tree.preorder());
    assertEquals(post, tree.postorder());
    List<Integer> levels = new ArrayList<>();
    for (int depth = 0; depth < tree.height(); depth++) {
      level(tree.root, depth, levels);
    }
    assertEquals(levels, tree.levelOrder());
    assertEquals(recursiveHeight(tree.root), tree.height());
  }

  private static void walk(Node<Integer, Integer> node, List<Integer> pre, List<Integer> post) {
    if (node == null) {
      return;
    }
    pre.add(node.key);
    walk(node.left, pre, post);
    walk(node.right, pre, post);
    post.add(node.key);
  }

  private static void level(Node<Integer, Integer> node, int depth, List<Integer> keys) {
    if (node == null) {
      return;
    }
    if (depth == 0) {
      keys.add(node.key);
    } else {
      level(node.left, depth - 1, keys);
      level(node.right, depth - 1, keys);
    }
  }

  private static int recursiveHeight(Node<?, ?> node) {
    return node == null ? 0 : 1 + Math.max(recursiveHeight(node.left), recursiveHeight(node.right));
  }

  @Test
  void theInvariantChecksCatchABrokenTree() {
    AbstractBinaryTreeMap<Integer, String> swapped = treeOf(50, 30, 70, 20, 40);
    Node<Integer, String> node = swapped.root.left;
    Node<Integer, String> left = node.left;
    node.left = node.right;
    node.right = left;
    assertFalse(swapped.isBst(), "children swapped");

    AbstractBinaryTreeMap<Integer, String> unlinked = treeOf(50, 30, 70);
    unlinked.root.left.parent = unlinked.root.right;
    assertFalse(unlinked.isBst(), "parent link broken");

    AbstractBinaryTreeMap<Integer, String> miscounted = treeOf(50, 30, 70);
    miscounted.root.left.size = 2;
    assertFalse(miscounted.isSizeConsistent());
    assertFalse(miscounted.check());
  }
}
