package io.github.dsalab.sort;

import java.util.Comparator;
import java.util.Objects;

/**
 * Selection sort: finds the smallest remaining element and swaps it to the front of the unsorted
 * part, once per position.
 *
 * <p>This is the engineered version, which here means honest about what the algorithm is. It makes
 * exactly {@code n(n-1)/2} comparisons on every input, sorted or not, because finding a minimum
 * has to look at every candidate: it is the one sort whose cost does not depend on the data. In
 * return it makes at most {@code n - 1} swaps, the fewest of any sort here, which matters only when
 * moving an element is far dearer than comparing two. It skips swapping an element with itself.
 * The long-distance swap can jump an element over an equal one, so it is not stable. It moves
 * elements only by swapping, so a comparator that throws leaves a permutation of the input.
 *
 * <table class="striped">
 *   <caption>Cost of sorting n elements</caption>
 *   <tr><th>case</th><th>comparisons</th><th>swaps</th></tr>
 *   <tr><td>best, average and worst</td><td>exactly {@code n(n-1)/2}</td><td>{@code ≤ n - 1}</td></tr>
 *   <tr><td>extra space</td><td colspan="2">{@code O(1)}: in place</td></tr>
 *   <tr><td>stable</td><td colspan="2">no</td></tr>
 * </table>
 *
 * <pre>{@code
 * int[] marks = {7, 3, 9, 3};
 * SelectionSort.sort(marks);
 * // marks is now [3, 3, 7, 9]
 * }</pre>
 */
public final class SelectionSort {
  private SelectionSort() {}

  /**
   * Sorts the array into ascending order.
   *
   * @param a the array to sort
   * @throws NullPointerException if {@code a} is null
   */
  public static void sort(int[] a) {
    Objects.requireNonNull(a, "a");
    selectionSort(a, 0, a.length);
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
    selectionSort(a, fromIndex, toIndex);
  }

  /**
   * Sorts the array into the natural order of its elements; equal elements may change their order.
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
   * Sorts {@code a[fromIndex .. toIndex)} into natural order; equal elements may change their order.
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
    selectionSort(a, fromIndex, toIndex, Comparator.naturalOrder());
  }

  /**
   * Sorts the array into the order of {@code comparator}; equal elements may change their order.
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
   * Sorts {@code a[fromIndex .. toIndex)} into the order of {@code comparator}; equal elements may change their order.
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
    selectionSort(a, fromIndex, toIndex, comparator);
  }

  static void selectionSort(int[] a, int fromIndex, int toIndex) {
    for (int i = fromIndex; i < toIndex - 1; i++) {
      int smallest = i;
      for (int j = i + 1; j < toIndex; j++) {
        if (a[j] < a[smallest]) {
          smallest = j;
        }
      }
      if (smallest != i) {
        Swap.swap(a, i, smallest);
      }
    }
    assert SortInvariants.isSorted(a, fromIndex, toIndex);
  }

  static <T> void selectionSort(
      T[] a, int fromIndex, int toIndex, Comparator<? super T> comparator) {
    for (int i = fromIndex; i < toIndex - 1; i++) {
      int smallest = i;
      for (int j = i + 1; j < toIndex; j++) {
        if (comparator.compare(a[j], a[smallest]) < 0) {
          smallest = j;
        }
      }
      if (smallest != i) {
        Swap.swap(a, i, smallest);
      }
    }
  }
}
