package io.github.dsalab.sort;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The contract every sort keeps, for {@code int[]} and object arrays, whole arrays and ranges,
 * with the JDK's {@link Arrays#sort} as the model. Each sort's test class extends this one and
 * names its {@link SortAlgorithm}; it adds only what is special about that sort.
 */
abstract class SorterContract {

  abstract SortAlgorithm algorithm();

  // ---- the model -------------------------------------------------------------------------

  @Property(tries = 150, edgeCases = EdgeCasesMode.MIXIN)
  void intSortIsOrderedPermutationEqualToArraysSort(@ForAll("arrays") int[] input) {
    int[] actual = input.clone();
    algorithm().sort(actual);
    assertOrdered(actual);
    assertEquals(counts(input), counts(actual), "a permutation of the input");
    assertArrayEquals(jdkSorted(input), actual);
  }

  @Property(tries = 150, edgeCases = EdgeCasesMode.MIXIN)
  void objectSortIsOrderedPermutationEqualToArraysSort(@ForAll("arrays") int[] keys) {
    Item[] original = Item.of(keys);
    Item[] actual = original.clone();
    algorithm().sort(actual, Item.BY_KEY);
    assertTrue(Item.isPermutationOf(actual, original), "a permutation of the input");
    assertArrayEquals(jdkSorted(keys), Item.keys(actual), "ordered by key like Arrays.sort");
  }

  @Property(tries = 150, edgeCases = EdgeCasesMode.MIXIN)
  void stableSortsKeepEqualKeysInInputOrder(@ForAll("fewKeys") int[] keys) {
    Item[] actual = Item.of(keys);
    algorithm().sort(actual, Item.BY_KEY);
    Item[] expected = Item.of(keys);
    Arrays.sort(expected, Item.BY_KEY); // TimSort is stable: the model for stable sorts
    if (algorithm().isStable()) {
      assertArrayEquals(expected, actual);
    } else {
      assertArrayEquals(Item.keys(expected), Item.keys(actual));
    }
  }

  @Property(tries = 100, edgeCases = EdgeCasesMode.MIXIN)
  void naturalOrderSortEqualsArraysSort(@ForAll("arrays") int[] values) {
    Integer[] actual = boxed(values);
    algorithm().sort(actual);
    Integer[] expected = boxed(values);
    Arrays.sort(expected);
    assertArrayEquals(expected, actual);
  }

  @Property(tries = 150, edgeCases = EdgeCasesMode.MIXIN)
  void rangeSortSortsTheRangeAndLeavesTheOutsideUntouched(
      @ForAll("arrays") int[] input,
      @ForAll @IntRange(min = 0, max = 400) int x,
      @ForAll @IntRange(min = 0, max = 400) int y) {
    int from = Math.min(x, y) % (input.length + 1);
    int to = Math.max(from, Math.max(x, y) % (input.length + 1));

    int[] ints = input.clone();
    algorithm().sort(ints, from, to);
    int[] expected = input.clone();
    Arrays.sort(expected, from, to);
    assertArrayEquals(expected, ints);

    Item[] original = Item.of(input);
    Item[] items = original.clone();
    algorithm().sort(items, from, to, Item.BY_KEY);
    assertArrayEquals(Item.keys(Item.of(expected)), Item.keys(items));
    for (int i = 0; i < input.length; i++) {
      if (i < from || i >= to) {
        assertSame(original[i], items[i], "outside the range, index " + i);
      }
    }

    Integer[] boxes = boxed(input);
    algorithm().sort(boxes, from, to);
    assertArrayEquals(boxed(expected), boxes);
  }

  @Provide
  Arbitrary<int[]> arrays() {
    Arbitrary<int[]> wide = Arbitraries.integers().array(int[].class).ofMaxSize(300);
    Arbitrary<int[]> narrow = Arbitraries.integers().between(-3, 3).array(int[].class).ofMaxSize(300);
    return Arbitraries.oneOf(wide, narrow);
  }

  @Provide
  Arbitrary<int[]> fewKeys() {
    return Arbitraries.integers().between(0, 9).array(int[].class).ofMaxSize(300);
  }

  // ---- edge cases ------------------------------------------------------------------------

  @Test
  void sortsEveryShapeAtEverySizeOnEveryPath() {
    for (Shapes shape : Shapes.values()) {
      for (int n : Shapes.SIZES) {
        int[] input = shape.of(n);
        String label = shape + " n=" + input.length;
        int[] expected = jdkSorted(input);

        int[] ints = input.clone();
        algorithm().sort(ints);
        assertArrayEquals(expected, ints, label);

        Item[] original = Item.of(input);
        Item[] items = original.clone();
        algorithm().sort(items, Item.BY_KEY);
        assertTrue(Item.isPermutationOf(items, original), label);
        assertArrayEquals(expected, Item.keys(items), label);

        Integer[] boxes = boxed(input);
        algorithm().sort(boxes);
        assertArrayEquals(boxed(expected), boxes, label);
      }
    }
  }

  @Test
  void sortsExtremeValuesWithoutOverflow() {
    int[] input = {Integer.MAX_VALUE, 0, Integer.MIN_VALUE, -1, Integer.MAX_VALUE, 1, Integer.MIN_VALUE};
    int[] actual = input.clone();
    algorithm().sort(actual);
    assertArrayEquals(
        new int[] {Integer.MIN_VALUE, Integer.MIN_VALUE, -1, 0, 1, Integer.MAX_VALUE, Integer.MAX_VALUE},
        actual);
  }

  // ---- bad arguments ---------------------------------------------------------------------

  @Test
  void nullArrayIsRejectedByName() {
    SortAlgorithm s = algorithm();
    Comparator<Integer> natural = Comparator.naturalOrder();
    assertNullPointer("a", () -> s.sort((int[]) null));
    assertNullPointer("a", () -> s.sort((int[]) null, 0, 0));
    assertNullPointer("a", () -> s.sort((Integer[]) null));
    assertNullPointer("a", () -> s.sort((Integer[]) null, 0, 0));
    assertNullPointer("a", () -> s.sort((Integer[]) null, natural));
    assertNullPointer("a", () -> s.sort((Integer[]) null, 0, 0, natural));
  }

  @Test
  void nullComparatorIsRejectedByName() {
    assertNullPointer("comparator", () -> algorithm().sort(new Integer[] {2, 1}, null));
    assertNullPointer("comparator", () -> algorithm().sort(new Integer[] {2, 1}, 0, 2, null));
    assertNullPointer("comparator", () -> algorithm().sort(new Integer[0], null));
  }

  @Test
  void nullElementUnderNaturalOrderIsRejected() {
    for (Integer[] a :
        new Integer[][] {{null}, {1, null}, {null, 1}, {3, 1, null, 2}, {null, null}}) {
      Integer[] copy = a.clone();
      assertThrows(NullPointerException.class, () -> algorithm().sort(copy), Arrays.toString(a));
      Integer[] ranged = a.clone();
      assertThrows(
          NullPointerException.class,
          () -> algorithm().sort(ranged, 0, ranged.length),
          Arrays.toString(a));
    }
  }

  @Test
  void badRangesThrowWhatArraysSortThrows() {
    int[][] ranges = {{3, 2}, {-1, 2}, {0, 6}, {-1, 6}, {6, 7}, {5, 4}, {-2, -3}};
    for (int[] range : ranges) {
      int from = range[0];
      int to = range[1];
      RuntimeException expected =
          assertThrows(RuntimeException.class, () -> Arrays.sort(new int[5], from, to));
      assertSameFailure(expected, () -> algorithm().sort(new int[5], from, to));
      assertSameFailure(expected, () -> algorithm().sort(new Integer[] {1, 2, 3, 4, 5}, from, to));
      assertSameFailure(
          expected,
          () -> algorithm().sort(new Integer[] {1, 2, 3, 4, 5}, from, to, Comparator.naturalOrder()));
      RuntimeException objectExpected =
          assertThrows(
              RuntimeException.class,
              () -> Arrays.sort(new Integer[] {1, 2, 3, 4, 5}, from, to, Comparator.naturalOrder()));
      assertEquals(expected.getClass(), objectExpected.getClass());
    }
  }

  @Test
  void emptyRangesAtTheEdgesAreFine() {
    int[] a = {3, 1, 2};
    algorithm().sort(a, 0, 0);
    algorithm().sort(a, 3, 3);
    algorithm().sort(a, 1, 1);
    assertArrayEquals(new int[] {3, 1, 2}, a);
  }

  // ---- hostile comparators ---------------------------------------------------------------

  @Property(tries = 150, edgeCases = EdgeCasesMode.MIXIN)
  void aComparatorThatThrowsMidwayLeavesAPermutation(
      @ForAll("arrays") int[] keys, @ForAll @IntRange(min = 0, max = 3000) int failAfter) {
    Item[] original = Item.of(keys);
    Item[] items = original.clone();
    RuntimeException failure = new IllegalStateException("comparator gave up");
    Comparator<Item> failing = new FailingComparator<>(Item.BY_KEY, failAfter, failure);
    try {
      algorithm().sort(items, failing);
    } catch (RuntimeException e) {
      assertSame(failure, e, "only the comparator's own exception may escape");
    }
    assertTrue(Item.isPermutationOf(items, original), "nothing lost or duplicated");
  }

  @Property(tries = 150, edgeCases = EdgeCasesMode.MIXIN)
  void aComparatorThatAnswersAtRandomLeavesAPermutation(
      @ForAll("arrays") int[] keys, @ForAll long seed) {
    Item[] original = Item.of(keys);
    Item[] items = original.clone();
    Random random = new Random(seed);
    try {
      algorithm().sort(items, (p, q) -> random.nextInt(3) - 1);
    } catch (IllegalArgumentException allowed) {
      // The contract lets a sort report a comparator that breaks the rules.
    }
    assertTrue(Item.isPermutationOf(items, original), "nothing lost or duplicated");
  }

  @Test
  void comparatorsThatContradictThemselvesNeverBreakTheSort() {
    Map<String, Comparator<Item>> liars = new HashMap<>();
    liars.put("always less", (p, q) -> -1);
    liars.put("always greater", (p, q) -> 1);
    liars.put("always equal", (p, q) -> 0);
    liars.put("greater when first is even", (p, q) -> p.id() % 2 == 0 ? 1 : -1);
    liars.put("reverses itself on every call", new FlipFlopComparator());
    for (Map.Entry<String, Comparator<Item>> liar : liars.entrySet()) {
      for (int n : new int[] {0, 1, 2, 10, 45, 300, 2000}) {
        Item[] original = Item.of(Shapes.RANDOM.of(n));
        Item[] items = original.clone();
        try {
          algorithm().sort(items, liar.getValue());
        } catch (IllegalArgumentException allowed) {
          // see above
        } catch (RuntimeException e) {
          fail(liar.getKey() + " n=" + n + ": threw " + e);
        }
        assertTrue(Item.isPermutationOf(items, original), liar.getKey() + " n=" + n);
      }
    }
  }

  // ---- helpers ---------------------------------------------------------------------------

  static int[] jdkSorted(int[] input) {
    int[] copy = input.clone();
    Arrays.sort(copy);
    return copy;
  }

  static Integer[] boxed(int[] values) {
    return IntStream.of(values).boxed().toArray(Integer[]::new);
  }

  static void assertOrdered(int[] a) {
    for (int i = 1; i < a.length; i++) {
      assertTrue(a[i - 1] <= a[i], "out of order at index " + i);
    }
  }

  static Map<Integer, Integer> counts(int[] a) {
    Map<Integer, Integer> counts = new HashMap<>();
    for (int x : a) {
      counts.merge(x, 1, Integer::sum);
    }
    return counts;
  }

  private static void assertNullPointer(String message, Executable call) {
    assertEquals(message, assertThrows(NullPointerException.class, call).getMessage());
  }

  private static void assertSameFailure(RuntimeException expected, Executable call) {
    RuntimeException actual = assertThrows(RuntimeException.class, call);
    assertEquals(expected.getClass(), actual.getClass());
    assertEquals(expected.getMessage(), actual.getMessage());
  }

  /** Answers like its delegate for {@code failAfter} calls, then throws on every call. */
  static final class FailingComparator<T> implements Comparator<T> {
    private final Comparator<T> delegate;
    private final RuntimeException failure;
    private int remaining;

    FailingComparator(Comparator<T> delegate, int failAfter, RuntimeException failure) {
      this.delegate = delegate;
      this.remaining = failAfter;
      this.failure = failure;
    }

    @Override
    public int compare(T p, T q) {
      if (remaining-- <= 0) {
        throw failure;
      }
      return delegate.compare(p, q);
    }
  }

  /** Says "less" and "greater" by turns, whatever it is asked. */
  static final class FlipFlopComparator implements Comparator<Item> {
    private boolean flip;

    @Override
    public int compare(Item p, Item q) {
      flip = !flip;
      return flip ? -1 : 1;
    }
  }
}
