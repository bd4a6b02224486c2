package io.github.dsalab.sort;

import java.util.Comparator;
import java.util.Objects;

/**
 * Heap sort: arranges the array into a binary max-heap (every parent at least as large as its two
 * children, the largest element at the root), then repeatedly swaps the root to the end of the
 * array and repairs the smaller heap that is left.
 *
 * <p>This is the engineered version. It builds the heap bottom-up (Floyd's construction): sifting
 * down from the last parent towards the root costs {@code O(n)} and at most {@code 2n}
 * comparisons, not the {@code O(n log n)} of inserting elements one by one, because most nodes
 * sit near the bottom and sift only a short way. When the element swapped in from the end sinks
 * back into the heap, it first follows the larger children all the way to a leaf (one comparison
 * per level) and then climbs back up to its place (usually only a level or two, since it came from
 * the bottom): about {@code n log₂ n} comparisons in total instead of the {@code 2 n log₂ n} of the
 * textbook sift-down. It is in place and its worst case is {@code O(n log n)} whatever the input,
 * which is why {@link QuickSort} falls back on it. Elements move far and across equal ones, so it
 * is not stable. Its moves happen either through a held element that a {@code finally} block puts
 * back or with no comparison in between, so a comparator that throws leaves a permutation of the
 * input.
 *
 * <table class="striped">
 *   <caption>Cost of sorting n elements</caption>
 *   <tr><th>case</th><th>comparisons</th></tr>
 *   <tr><td>building the heap</td><td>{@code ≤ 2n}, that is {@code O(n)}</td></tr>
 *   <tr><td>best and average</td><td>{@code ~n log₂ n}</td></tr>
 *   <tr><td>worst</td><td>{@code ≤ 2n⌈log₂ n⌉ + 2n}, that is {@code O(n log n)}</td></tr>
 *   <tr><td>extra space</td><td>{@code O(1)}: in place</td></tr>
 *   <tr><td>stable</td><td>no</td></tr>
 * </table>
 *
 * <pre>{@code
 * Integer[] marks = {7, 3, 9, 3};
 * HeapSort.sort(marks, Comparator.reverseOrder());
 * // marks is now [9, 7, 3, 3]
 * }</pre>
 */
public final class HeapSort {
  private HeapSort() {}

  /**
   * Sorts the array into ascending order.
   *
   * @param a the array to sort
   * @throws NullPointerException if {@code a} is null
   */
  public static void sort(int[] a) {
    Objects.requireNonNull(a, "a");
    heapSort(a, 0, a.length);
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
    heapSort(a, fromIndex, toIndex);
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
    heapSort(a, fromIndex, toIndex, Comparator.naturalOrder());
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
    heapSort(a, fromIndex, toIndex, comparator);
  }

  // The heap occupies a[base .. base + size); node k's children are nodes 2k + 1 and 2k + 2.
  // A node k has a child exactly when k < size / 2, a test that cannot overflow.

  static void heapSort(int[] a, int fromIndex, int toIndex) {
    int n = toIndex - fromIndex;
    for (int k = n / 2 - 1; k >= 0; k--) {
      siftDown(a, fromIndex, k, n);
    }
    assert SortInvariants.isMaxHeap(a, fromIndex, n);
    for (int size = n - 1; size > 0; size--) {
      Swap.swap(a, fromIndex, fromIndex + size);
      sinkRoot(a, fromIndex, size);
    }
    assert SortInvariants.isSorted(a, fromIndex, toIndex);
  }

  private static void siftDown(int[] a, int base, int k, int size) {
    int x = a[base + k];
    int half = size >>> 1;
    while (k < half) {
      int child = 2 * k + 1;
      if (child + 1 < size && a[base + child] < a[base + child + 1]) {
        child++;
      }
      if (x >= a[base + child]) {
        break;
      }
      a[base + k] = a[base + child];
      k = child;
    }
    a[base + k] = x;
  }

  /** Restores the heap after a new element was put at the root: down to a leaf, then back up. */
  private static void sinkRoot(int[] a, int base, int size) {
    int x = a[base];
    int k = 0;
    int half = size >>> 1;
    while (k < half) {
      int child = 2 * k + 1;
      if (child + 1 < size && a[base + child] < a[base + child + 1]) {
        child++;
      }
      k = child;
    }
    while (k > 0 && a[base + k] < x) {
      k = (k - 1) >>> 1;
    }
    // Rotate the path root..k: x lands at k, every element above it moves up one level.
    int carried = x;
    while (k > 0) {
      int displaced = a[base + k];
      a[base + k] = carried;
      carried = displaced;
      k = (k - 1) >>> 1;
    }
    a[base] = carried;
  }

  static <T> void heapSort(T[] a, int fromIndex, int toIndex, Comparator<? super T> comparator) {
    int n = toIndex - fromIndex;
    heapify(a, fromIndex, n, comparator);
    for (int size = n - 1; size > 0; size--) {
      Swap.swap(a, fromIndex, fromIndex + size);
      sinkRoot(a, fromIndex, size, comparator);
    }
  }

  /** Floyd's bottom-up heap construction over {@code a[base .. base + size)}. */
  static <T> void heapify(T[] a, int base, int size, Comparator<? super T> comparator) {
    for (int k = size / 2 - 1; k >= 0; k--) {
      siftDown(a, base, k, size, comparator);
    }
  }

  private static <T> void siftDown(
      T[] a, int base, int k, int size, Comparator<? super T> comparator) {
    T x = a[base + k];
    int half = size >>> 1;
    try {
      while (k < half) {
        int child = 2 * k + 1;
        if (child + 1 < size && comparator.compare(a[base + child], a[base + child + 1]) < 0) {
          child++;
        }
        if (comparator.compare(x, a[base + child]) >= 0) {
          break;
        }
        a[base + k] = a[base + child];
        k = child;
      }
    } finally {
      // Slot k is the hole left by the last child moved up; x fills it even if compare threw.
      a[base + k] = x;
    }
  }

  private static <T> void sinkRoot(T[] a, int base, int size, Comparator<? super T> comparator) {
    T x = a[base];
    int k = 0;
    int half = size >>> 1;
    while (k < half) {
      int child = 2 * k + 1;
      if (child + 1 < size && comparator.compare(a[base + child], a[base + child + 1]) < 0) {
        child++;
      }
      k = child;
    }
    while (k > 0 && comparator.compare(a[base + k], x) < 0) {
      k = (k - 1) >>> 1;
    }
    // Only now do elements move, with no comparison in between: an exception cannot interrupt it.
    T carried = x;
    while (k > 0) {
      T displaced = a[base + k];
      a[base + k] = carried;
      carried = displaced;
      k = (k - 1) >>> 1;
    }
    a[base] = carried;
  }
}
