package io.github.dsalab.sort;

import java.util.Comparator;
import java.util.Objects;

/**
 * Insertion sort: grows a sorted prefix one element at a time, shifting larger elements one slot
 * right to open a hole for the new one, like sorting a hand of cards.
 *
 * <p>This is the engineered version. It shifts instead of swapping (one write per step instead of
 * three) and stops scanning at the first element that is not larger, which makes it <em>adaptive</em>:
 * it makes at most {@code (n - 1) + inversions} comparisons, where an inversion is a pair that is out
 * of order. Sorted input costs exactly {@code n - 1} comparisons, and nearly sorted input costs
 * close to that, which is why the fast sorts hand their small pieces to it. It is stable because
 * an element never moves past an equal one. The element being inserted is held in a local
 * variable while the others shift; if the comparator throws, a {@code finally} block puts it back
 * into the hole, so the array is still a permutation of its input.
 *
 * <table class="striped">
 *   <caption>Cost of sorting n elements</caption>
 *   <tr><th>case</th><th>comparisons</th><th>moves</th></tr>
 *   <tr><td>best (sorted)</td><td>{@code n - 1}</td><td>{@code 0}</td></tr>
 *   <tr><td>average</td><td>{@code ~n²/4}, that is {@code O(n²)}</td><td>{@code ~n²/4}</td></tr>
 *   <tr><td>worst (reversed)</td><td>{@code n(n-1)/2}</td><td>{@code n(n-1)/2}</td></tr>
 *   <tr><td>any input</td><td>{@code ≤ n - 1 + inversions}</td><td>{@code inversions}</td></tr>
 *   <tr><td>extra space</td><td colspan="2">{@code O(1)}: in place</td></tr>
 *   <tr><td>stable</td><td colspan="2">yes</td></tr>
 * </table>
 *
 * <pre>{@code
 * String[] words = {"pear", "fig", "apple"};
 * InsertionSort.sort(words);
 * // words is now [apple, fig, pear]
 * }</pre>
 */
public final class InsertionSort {
  private InsertionSort() {}

  /**
   * Sorts the array into ascending order.
   *
   * @param a the array to sort
   * @throws NullPointerException if {@code a} is null
   */
  public static void sort(int[] a) {
    Objects.requireNonNull(a, "a");
    insertionSort(a, 0, a.length);
  }

  /**
   * Sorts {@code a[fromIndex .. toIndex)} into ascending order and leaves the rest untouched.
   *
   * @param a the array to sort
   * @param fromIndex the first index to sort, inclusive
   * @param toIndex the last index to sort, exclusive
   * @throws NullPointerException if {@code a} is null
   * @throws IllegalArgumentException if {@code fromIndex > toIndex}
   * @throws ArrayIndexOutOfBoundsException if {@code fromIndex < 0} or {@code toIndex > a.length}
   */
  public static void sort(int[] a, int fromIndex, int toIndex) {
    SortArguments.checkArray(a, fromIndex, toIndex);
    insertionSort(a, fromIndex, toIndex);
  }

  /**
   * Sorts the array into the natural order of its elements; equal elements keep their order.
   *
   * @param a the array to sort
   * @param <T> the element type
   * @throws NullPointerException if {@code a} or one of its elements is null
   */
  public static <T extends Comparable<? super T>> void sort(T[] a) {
    Objects.requireNonNull(a, "a");
    sort(a, 0, a.length);
  }

  /**
   * Sorts {@code a[fromIndex .. toIndex)} into natural order; equal elements keep their order.
   *
   * @param a the array to sort
   * @param fromIndex the first index to sort, inclusive
   * @param toIndex the last index to sort, exclusive
   * @param <T> the element type
   * @throws NullPointerException if {@code a} or an element in the range is null
   * @throws IllegalArgumentException if {@code fromIndex > toIndex}
   * @throws ArrayIndexOutOfBoundsException if {@code fromIndex < 0} or {@code toIndex > a.length}
   */
  public static <T extends Comparable<? super T>> void sort(T[] a, int fromIndex, int toIndex) {
    SortArguments.checkNaturalOrder(a, fromIndex, toIndex);
    insertionSort(a, fromIndex, toIndex, Comparator.naturalOrder());
  }

  /**
   * Sorts the array into the order of {@code comparator}; equal elements keep their order.
   *
   * @param a the array to sort
   * @param comparator the order to sort into
   * @param <T> the element type
   * @throws NullPointerException if {@code a} or {@code comparator} is null
   */
  public static <T> void sort(T[] a, Comparator<? super T> comparator) {
    Objects.requireNonNull(a, "a");
    sort(a, 0, a.length, comparator);
  }

  /**
   * Sorts {@code a[fromIndex .. toIndex)} into the order of {@code comparator}; equal elements keep
   * their order.
   *
   * @param a the array to sort
   * @param fromIndex the first index to sort, inclusive
   * @param toIndex the last index to sort, exclusive
   * @param comparator the order to sort into
   * @param <T> the element type
   * @throws NullPointerException if {@code a} or {@code comparator} is null
   * @throws IllegalArgumentException if {@code fromIndex > toIndex}
   * @throws ArrayIndexOutOfBoundsException if {@code fromIndex < 0} or {@code toIndex > a.length}
   */
  public static <T> void sort(
      T[] a, int fromIndex, int toIndex, Comparator<? super T> comparator) {
    SortArguments.checkArray(a, fromIndex, toIndex, comparator);
    insertionSort(a, fromIndex, toIndex, comparator);
  }

  static void insertionSort(int[] a, int fromIndex, int toIndex) {
    for (int i = fromIndex + 1; i < toIndex; i++) {
      int x = a[i];
      int hole = i;
      while (hole > fromIndex && a[hole - 1] > x) {
        a[hole] = a[hole - 1];
        hole--;
      }
      a[hole] = x;
    }
    assert SortInvariants.isSorted(a, fromIndex, toIndex);
  }

  /**
   * Like {@link #insertionSort(int[], int, int)}, but skips the bounds check in the inner loop.
   * Only for a range whose left neighbour {@code a[fromIndex - 1]} is no larger than any element of
   * the range: that neighbour then stops every scan. Quicksort guarantees this for every part but
   * the leftmost one, because a pivot sits just left of it.
   */
  static void unguardedInsertionSort(int[] a, int fromIndex, int toIndex) {
    for (int i = fromIndex + 1; i < toIndex; i++) {
      int x = a[i];
      int hole = i;
      while (a[hole - 1] > x) {
        a[hole] = a[hole - 1];
        hole--;
      }
      a[hole] = x;
    }
  }

  static <T> void insertionSort(
      T[] a, int fromIndex, int toIndex, Comparator<? super T> comparator) {
    for (int i = fromIndex + 1; i < toIndex; i++) {
      T x = a[i];
      int hole = i;
      try {
        while (hole > fromIndex && comparator.compare(a[hole - 1], x) > 0) {
          a[hole] = a[hole - 1];
          hole--;
        }
      } finally {
        // The hole holds a stale copy of its right neighbour; x fills it whether or not compare threw.
        a[hole] = x;
      }
    }
  }

  /**
   * Insertion sort that finds each element's place by binary search: {@code O(n log n)}
   * comparisons, still {@code O(n²)} moves (done by {@link System#arraycopy}). Worth it when
   * comparisons cost more than moves, as they do for objects. It first skips the range's ascending
   * prefix at one comparison per element, so sorted input still costs {@code n - 1} comparisons.
   * Stable: an element goes after every element equal to it. No comparison happens while elements
   * move, so a throwing comparator cannot leave a hole.
   */
  static <T> void binaryInsertionSort(
      T[] a, int fromIndex, int toIndex, Comparator<? super T> comparator) {
    int i = fromIndex + 1;
    while (i < toIndex && comparator.compare(a[i - 1], a[i]) <= 0) {
      i++;
    }
    for (; i < toIndex; i++) {
      T x = a[i];
      int low = fromIndex;
      int high = i;
      while (low < high) {
        int middle = (low + high) >>> 1;
        if (comparator.compare(x, a[middle]) < 0) {
          high = middle;
        } else {
          low = middle + 1;
        }
      }
      System.arraycopy(a, low, a, low + 1, i - low);
      a[low] = x;
    }
  }
}
