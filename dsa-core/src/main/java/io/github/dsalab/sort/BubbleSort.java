package io.github.dsalab.sort;

import java.util.Comparator;
import java.util.Objects;

/**
 * Bubble sort: sweeps the array left to right swapping neighbours that are out of order, so each
 * sweep carries the largest remaining element to its final place, like a bubble rising.
 *
 * <p>This is the engineered version, with two tricks the textbook sketch often omits. It stops
 * after a sweep with no swap, because no swap means sorted: sorted input costs exactly
 * {@code n - 1} comparisons instead of {@code n(n-1)/2}. And each sweep ends where the previous one
 * made its last swap, since everything after that point is already in its final place. Only
 * strictly greater neighbours are swapped, so equal elements never pass each other: it is stable.
 * It moves elements only by swapping, so a comparator that throws leaves a permutation of the input,
 * and because every sweep is shorter than the one before, even a comparator that answers at random
 * cannot make it loop forever.
 *
 * <table class="striped">
 *   <caption>Cost of sorting n elements</caption>
 *   <tr><th>case</th><th>comparisons</th><th>swaps</th></tr>
 *   <tr><td>best (sorted)</td><td>{@code n - 1}</td><td>{@code 0}</td></tr>
 *   <tr><td>average</td><td>{@code O(n²)}</td><td>{@code ~n²/4} (the inversions)</td></tr>
 *   <tr><td>worst (reversed)</td><td>{@code n(n-1)/2}</td><td>{@code n(n-1)/2}</td></tr>
 *   <tr><td>extra space</td><td colspan="2">{@code O(1)}: in place</td></tr>
 *   <tr><td>stable</td><td colspan="2">yes</td></tr>
 * </table>
 *
 * <pre>{@code
 * int[] marks = {7, 3, 9, 3};
 * BubbleSort.sort(marks);
 * // marks is now [3, 3, 7, 9]
 * }</pre>
 */
public final class BubbleSort {
  private BubbleSort() {}

  /**
   * Sorts the array into ascending order.
   *
   * @param a the array to sort
   * @throws NullPointerException if {@code a} is null
   */
  public static void sort(int[] a) {
    Objects.requireNonNull(a, "a");
    bubbleSort(a, 0, a.length);
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
    bubbleSort(a, fromIndex, toIndex);
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
    bubbleSort(a, fromIndex, toIndex, Comparator.naturalOrder());
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
   * Sorts {@code a[fromIndex .. toIndex)} into the order of {@code comparator}; equal elements keep their order.
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
    bubbleSort(a, fromIndex, toIndex, comparator);
  }

  static void bubbleSort(int[] a, int fromIndex, int toIndex) {
    // a[end .. toIndex) is sorted and holds the largest elements.
    int end = toIndex;
    while (end - fromIndex > 1) {
      int lastSwap = fromIndex;
      for (int i = fromIndex + 1; i < end; i++) {
        if (a[i - 1] > a[i]) {
          Swap.swap(a, i - 1, i);
          lastSwap = i;
        }
      }
      end = lastSwap;
    }
    assert SortInvariants.isSorted(a, fromIndex, toIndex);
  }

  static <T> void bubbleSort(T[] a, int fromIndex, int toIndex, Comparator<? super T> comparator) {
    int end = toIndex;
    while (end - fromIndex > 1) {
      int lastSwap = fromIndex;
      for (int i = fromIndex + 1; i < end; i++) {
        if (comparator.compare(a[i - 1], a[i]) > 0) {
          Swap.swap(a, i - 1, i);
          lastSwap = i;
        }
      }
      end = lastSwap;
    }
  }
}
