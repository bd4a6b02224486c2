package io.github.dsalab.exercises.support;

import java.util.Arrays;
import java.util.Comparator;
import java.util.function.BiConsumer;

/**
 * Builds the input that makes a quicksort-like algorithm (quick sort, quickselect) do the most
 * work it can be forced to, following M. D. McIlroy, "A Killer Adversary for Quicksort"
 * (Software: Practice and Experience 29(4), 1999).
 *
 * <p>The adversary runs the algorithm once on placeholders whose values are decided only when
 * the algorithm compares them. All start as "gas" (larger than any decided value). When two gas
 * elements meet, the one that is not the current pivot candidate is frozen to the next smallest
 * value, so the pivot stays large and each partition peels off few elements. The decided values
 * then form an ordinary input: run on it again, an algorithm whose pivot choice the input can
 * predict (first, middle, median of three, a fixed-seed random generator) makes about
 * {@code n²/4} comparisons or more, while one whose pivots are truly random does not notice.
 *
 * <table class="striped">
 *   <caption>Cost</caption>
 *   <tr><th>operation</th><th>time</th><th>space</th></tr>
 *   <tr><td>{@code against}</td><td>one run of the algorithm, plus {@code O(n)}</td><td>{@code O(n)}</td></tr>
 * </table>
 *
 * <pre>{@code
 * Integer[] killer = Adversary.against(1024, (values, order) -> QuickSort.sort(values, order));
 * CountingComparator<Integer> order = CountingComparator.naturalOrder();
 * QuickSort.sort(killer, order);            // order.count() is quadratic for a first-element pivot
 * }</pre>
 */
public final class Adversary {
  private Adversary() {}

  /**
   * Builds the adversary's input of length {@code n} against {@code algorithm}.
   *
   * @param n the length
   * @param algorithm runs the code under test on an array with a comparator (it may reorder the
   *     array, and may stop early as quickselect does)
   * @return the input: the values {@code 0 .. n-1}, in the adversary's order
   * @throws Budget.Exceeded if the algorithm makes more than {@link Budget#LIMIT} comparisons
   */
  public static Integer[] against(int n, BiConsumer<Integer[], Comparator<Integer>> algorithm) {
    int[] value = new int[n];
    int gas = n;
    Arrays.fill(value, gas);
    int[] state = {0, -1}; // next frozen value, current pivot candidate
    long[] comparisons = {0};
    Comparator<Integer> watching = (x, y) -> {
      Budget.spend(++comparisons[0]);
      if (value[x] == gas && value[y] == gas) {
        if (x == state[1]) {
          value[x] = state[0]++;
        } else {
          value[y] = state[0]++;
        }
      }
      if (value[x] == gas) {
        state[1] = x;
      } else if (value[y] == gas) {
        state[1] = y;
      }
      return Integer.compare(value[x], value[y]);
    };
    Integer[] positions = new Integer[n];
    for (int i = 0; i < n; i++) {
      positions[i] = i;
    }
    algorithm.accept(positions, watching);
    Integer[] input = new Integer[n];
    for (int i = 0; i < n; i++) {
      // Whatever the run never had to decide stays gas; give it the values above the decided ones.
      input[i] = value[i] == gas ? state[0]++ : value[i];
    }
    return input;
  }
}
