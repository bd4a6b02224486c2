package io.github.dsalab.exercises.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * The tests every sort exercise must pass, compared with the JDK's sort as the model. A sort
 * exercise's spec extends this class and names its sort in {@link #sorter()}.
 *
 * <table class="striped">
 *   <caption>What is checked</caption>
 *   <tr><th>test</th><th>what</th></tr>
 *   <tr><td>examples</td><td>empty, one element, sorted, reversed and duplicate-heavy inputs</td></tr>
 *   <tr><td>property</td><td>any list of integers ends up as {@code Collections.sort} leaves it</td></tr>
 *   <tr><td>stability (if {@link #mustBeStable()})</td><td>equal keys keep their order</td></tr>
 *   <tr><td>one pass on sorted input (if {@link #promisesOnePassOnSortedInput()})</td><td>exactly n - 1
 *   comparisons</td></tr>
 * </table>
 *
 * <pre>{@code
 * class MergeSortSpec extends SortContract {
 *   @Override protected Sorter sorter() { return MergeSort::sort; }
 * }
 * }</pre>
 */
public abstract class SortContract {
  /** For subclasses. */
  protected SortContract() {}

  /**
   * Returns the sort under test.
   *
   * @return a method reference to the exercise's sort
   */
  protected abstract Sorter sorter();

  /**
   * Tells whether the sort must keep equal elements in their original order.
   *
   * @return {@code false} unless overridden
   */
  protected boolean mustBeStable() {
    return false;
  }

  /**
   * Tells whether the statement promises n - 1 comparisons on sorted input (one pass that sees
   * nothing out of order), as bubble sort's and insertion sort's do.
   *
   * @return {@code false} unless overridden
   */
  protected boolean promisesOnePassOnSortedInput() {
    return false;
  }

  private List<Integer> sorted(List<Integer> input) {
    Integer[] values = input.toArray(new Integer[0]);
    sorter().sort(values, Comparator.naturalOrder());
    return Arrays.asList(values);
  }

  private static List<Integer> expected(List<Integer> input) {
    List<Integer> copy = new ArrayList<>(input);
    copy.sort(null);
    return copy;
  }

  /** A small unsorted example. */
  @Test
  public void sortsASmallExample() {
    assertEquals(List.of(1, 2, 5, 5, 6, 9), sorted(List.of(5, 2, 9, 1, 5, 6)));
  }

  /** Nothing to do, and nothing may break. */
  @Test
  public void leavesEmptyAndSingleElementArraysAlone() {
    assertEquals(List.of(), sorted(List.of()));
    assertEquals(List.of(42), sorted(List.of(42)));
  }

  /** Already sorted and reversed inputs, the best and worst cases of several sorts. */
  @Test
  public void sortsSortedAndReversedInput() {
    assertEquals(List.of(1, 2, 3, 4, 5, 6, 7), sorted(List.of(1, 2, 3, 4, 5, 6, 7)));
    assertEquals(List.of(1, 2, 3, 4, 5, 6, 7), sorted(List.of(7, 6, 5, 4, 3, 2, 1)));
  }

  /**
   * Any input ends up in the order the JDK's sort gives.
   *
   * @param values the input
   */
  @Property(tries = 200)
  public void sortsLikeTheJdk(@ForAll @Size(max = 60) List<@IntRange(min = -20, max = 20) Integer> values) {
    assertEquals(expected(values), sorted(values), "sort(" + values + ")");
  }

  /**
   * Elements with equal keys keep their input order (checked only for stable sorts): each
   * element is {@code key * 100 + position}, compared by key only.
   *
   * @param keys the keys, in input order
   */
  @Property(tries = 100)
  public void keepsEqualKeysInTheirOrderWhenStable(@ForAll @Size(max = 40) List<@IntRange(min = 0, max = 4) Integer> keys) {
    if (!mustBeStable()) {
      return;
    }
    Integer[] tagged = new Integer[keys.size()];
    for (int i = 0; i < tagged.length; i++) {
      tagged[i] = keys.get(i) * 100 + i;
    }
    Comparator<Integer> byKey = Comparator.comparingInt(value -> value / 100);
    Integer[] expected = tagged.clone();
    Arrays.sort(expected, byKey);
    sorter().sort(tagged, byKey);
    assertEquals(Arrays.asList(expected), Arrays.asList(tagged),
        "stable sort by hundreds of " + keys + " tagged with positions");
  }

  /**
   * On sorted input the sort makes exactly n - 1 comparisons, when its statement promises so
   * (see {@link #promisesOnePassOnSortedInput()}).
   *
   * @param values the input, sorted before the call
   */
  @Property(tries = 100)
  public void makesExactlyNMinusOneComparisonsOnSortedInputWhenPromised(
      @ForAll @Size(min = 1, max = 60) List<@IntRange(min = -10, max = 10) Integer> values) {
    if (!promisesOnePassOnSortedInput()) {
      return;
    }
    Integer[] sorted = values.stream().sorted().toArray(Integer[]::new);
    long counted = Sorter.countComparisons(sorter(), sorted.clone());
    assertEquals(sorted.length - 1, counted, "the statement promises n - 1 = " + (sorted.length - 1)
        + " comparisons on sorted input " + Arrays.toString(sorted) + "; counted " + counted);
  }
}
