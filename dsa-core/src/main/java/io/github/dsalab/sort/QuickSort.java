package io.github.dsalab.sort;

import java.util.Comparator;
import java.util.Objects;

/**
 * Quicksort: picks pivot elements, partitions the array into the elements smaller than, between
 * and larger than the pivots, and sorts the parts the same way. Each partitioning step puts the
 * pivots in their final place.
 *
 * <p>This is the engineered version (an introsort with dual-pivot partitioning). Each trick and
 * why it matters:
 * <ul>
 *   <li><b>Good pivots.</b> Five elements spread around the middle are sorted and the second and
 *       fourth become the two pivots (the two-pivot analogue of median-of-three). Sorted, reversed
 *       and organ-pipe inputs then split evenly instead of into one huge part, the classic
 *       quadratic trap of "first element as pivot".</li>
 *   <li><b>Dual-pivot partitioning.</b> Splitting into three parts with two pivots, one pass
 *       over the data, needs fewer memory passes than one-pivot quicksort; it is what
 *       {@link java.util.Arrays#sort(int[])} uses too.</li>
 *   <li><b>Three-way partitioning on ties.</b> If the two pivots are equal the input has many
 *       duplicates, so the range is split into less than, equal to and greater than the pivot, and
 *       the equal block is never looked at again. All-equal input costs one linear pass instead of
 *       {@code O(n²)}.</li>
 *   <li><b>Recursion only into the smaller parts.</b> The largest part is handled by looping, the
 *       others recursively. A part that is not the largest has at most half the elements, so the
 *       stack never gets deeper than {@code log₂ n}: no stack overflow, even for {@code 10⁷}
 *       elements.</li>
 *   <li><b>Introsort depth limit.</b> If a range is still being partitioned after about
 *       {@code 2 log₂ n} steps, the pivots are evidently bad (an unlucky or adversarial input, or
 *       a comparator built to defeat quicksort), and the range is handed to {@link HeapSort}.
 *       Worst case: {@code O(n log n)} comparisons, guaranteed.</li>
 *   <li><b>Insertion sort for short ranges</b> of at most {@value #INSERTION_SORT_CUTOFF} elements,
 *       where it beats partitioning. For {@code int[]}, every part but the leftmost has a pivot
 *       just to its left that is no larger than any of its elements, so the insertion sort there
 *       needs no bounds check. For objects, where a comparison costs more than a move, it finds
 *       each place by binary search.</li>
 *   <li><b>Safe with any comparator.</b> The object version moves elements only by swapping and
 *       checks every index it scans, so a comparator that throws leaves a permutation of the input,
 *       and one that answers at random can neither run an index off the array nor loop forever.</li>
 * </ul>
 *
 * <table class="striped">
 *   <caption>Cost of sorting n elements</caption>
 *   <tr><th>case</th><th>comparisons</th></tr>
 *   <tr><td>best (all equal)</td><td>{@code ~n}, that is {@code O(n)}</td></tr>
 *   <tr><td>average (random)</td><td>{@code ~n log₂ n}, that is {@code O(n log n)}</td></tr>
 *   <tr><td>worst</td><td>{@code O(n log n)} thanks to the heap-sort fallback: about
 *       {@code 3 n log₂ n} against McIlroy's killer adversary, which drives quicksort without
 *       the fallback to {@code ~n²/8}</td></tr>
 *   <tr><td>extra space</td><td>{@code O(log n)} stack: in place</td></tr>
 *   <tr><td>stable</td><td>no</td></tr>
 * </table>
 *
 * <pre>{@code
 * int[] marks = {7, 3, 9, 3};
 * QuickSort.sort(marks);
 * // marks is now [3, 3, 7, 9]
 * }</pre>
 */
public final class QuickSort {
  /** Ranges this short are insertion-sorted instead of partitioned. */
  static final int INSERTION_SORT_CUTOFF = 44;

  private QuickSort() {}

  /**
   * Sorts the array into ascending order.
   *
   * @param a the array to sort
   * @throws NullPointerException if {@code a} is null
   */
  public static void sort(int[] a) {
    Objects.requireNonNull(a, "a");
    quickSort(a, 0, a.length);
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
    quickSort(a, fromIndex, toIndex);
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
    quickSort(a, fromIndex, toIndex, Comparator.naturalOrder());
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
    quickSort(a, fromIndex, toIndex, comparator);
  }

  /**
   * How many partitioning steps a range may go through before it is handed to heap sort: twice
   * the depth a perfectly balanced binary split would need. Good pivots stay far below it.
   */
  static int depthLimit(int size) {
    return 2 * (32 - Integer.numberOfLeadingZeros(size));
  }

  static void quickSort(int[] a, int fromIndex, int toIndex) {
    quickSort(a, fromIndex, toIndex, depthLimit(toIndex - fromIndex), true);
    assert SortInvariants.isSorted(a, fromIndex, toIndex);
  }

  /**
   * Sorts {@code a[low .. high)}, handing a range to heap sort after {@code depth} partitioning
   * steps. {@code leftmost} is false when {@code a[low - 1]} is no larger than any element of the
   * range.
   */
  static void quickSort(int[] a, int low, int high, int depth, boolean leftmost) {
    while (true) {
      int size = high - low;
      if (size <= INSERTION_SORT_CUTOFF) {
        if (leftmost) {
          InsertionSort.insertionSort(a, low, high);
        } else {
          InsertionSort.unguardedInsertionSort(a, low, high);
        }
        return;
      }
      if (--depth < 0) {
        HeapSort.heapSort(a, low, high);
        return;
      }
      int last = high - 1;
      int step = (size >>> 3) + (size >>> 6) + 1;
      int e3 = (low + last) >>> 1;
      int e2 = e3 - step;
      int e1 = e2 - step;
      int e4 = e3 + step;
      int e5 = e4 + step;
      sortFive(a, e1, e2, e3, e4, e5);

      // Each branch sets [less, great] to the middle part and lessEnd / greatStart to the ends
      // of the outer parts: the parts are [low, lessEnd), [less, great], [greatStart, high).
      int less;
      int great;
      int lessEnd;
      int greatStart;
      if (a[e2] < a[e4]) {
        int pivot1 = a[e2];
        int pivot2 = a[e4];
        // The pivots leave their slots to the end elements and return once the parts are known.
        a[e2] = a[low];
        a[e4] = a[last];
        // a[e5] >= pivot2 and a[e1] <= pivot1 stop these scans before they leave the range.
        less = low + 1;
        while (a[less] < pivot1) {
          less++;
        }
        great = last - 1;
        while (a[great] > pivot2) {
          great--;
        }
        // a(low, less) < pivot1 <= a[less, k) <= pivot2 < a(great, last)
        outer:
        for (int k = less; k <= great; k++) {
          int element = a[k];
          if (element < pivot1) {
            a[k] = a[less];
            a[less] = element;
            less++;
          } else if (element > pivot2) {
            while (a[great] > pivot2) {
              if (great-- == k) {
                break outer;
              }
            }
            if (a[great] < pivot1) {
              a[k] = a[less];
              a[less] = a[great];
              less++;
            } else {
              a[k] = a[great];
            }
            a[great] = element;
            great--;
          }
        }
        a[low] = a[less - 1];
        a[less - 1] = pivot1;
        a[last] = a[great + 1];
        a[great + 1] = pivot2;
        lessEnd = less - 1;
        greatStart = great + 2;
        if (less < e1 && great > e5) {
          // The middle part covers most of the range, so many keys equal a pivot. Those keys are
          // already in place, so set them aside and keep only what lies strictly between the
          // pivots; without this a range holding just the two pivot values would never shrink.
          int k = less;
          while (k <= great) {
            int element = a[k];
            if (element == pivot1) {
              a[k] = a[less];
              a[less] = element;
              less++;
              k++;
            } else if (element == pivot2) {
              a[k] = a[great];
              a[great] = element;
              great--;
            } else {
              k++;
            }
          }
        }
      } else {
        int pivot = a[e3];
        // a[low, less) < pivot == a[less, k) and a(great, last] > pivot. The pivot value is
        // either still unscanned or already in the equal block, so it stops the scan of great.
        less = low;
        great = last;
        for (int k = low; k <= great; k++) {
          int element = a[k];
          if (element == pivot) {
            continue;
          }
          if (element < pivot) {
            a[k] = a[less];
            a[less] = element;
            less++;
          } else {
            while (a[great] > pivot) {
              great--;
            }
            if (a[great] < pivot) {
              a[k] = a[less];
              a[less] = a[great];
              less++;
            } else {
              a[k] = pivot;
            }
            a[great] = element;
            great--;
          }
        }
        lessEnd = less;
        greatStart = great + 1;
        // The equal block needs no more work: an empty middle part.
        less = greatStart;
        great = greatStart - 1;
      }

      int leftSize = lessEnd - low;
      int middleSize = great + 1 - less;
      int rightSize = high - greatStart;
      if (leftSize >= middleSize && leftSize >= rightSize) {
        quickSort(a, less, great + 1, depth, false);
        quickSort(a, greatStart, high, depth, false);
        high = lessEnd;
      } else if (middleSize >= rightSize) {
        quickSort(a, low, lessEnd, depth, leftmost);
        quickSort(a, greatStart, high, depth, false);
        low = less;
        high = great + 1;
        leftmost = false;
      } else {
        quickSort(a, low, lessEnd, depth, leftmost);
        quickSort(a, less, great + 1, depth, false);
        low = greatStart;
        leftmost = false;
      }
    }
  }

  /** Sorts the five sample slots with a nine-comparator sorting network. */
  static void sortFive(int[] a, int e1, int e2, int e3, int e4, int e5) {
    orderPair(a, e1, e2);
    orderPair(a, e4, e5);
    orderPair(a, e3, e5);
    orderPair(a, e3, e4);
    orderPair(a, e2, e5);
    orderPair(a, e1, e4);
    orderPair(a, e1, e3);
    orderPair(a, e2, e4);
    orderPair(a, e2, e3);
  }

  private static void orderPair(int[] a, int i, int j) {
    if (a[i] > a[j]) {
      Swap.swap(a, i, j);
    }
  }

  static <T> void quickSort(T[] a, int fromIndex, int toIndex, Comparator<? super T> comparator) {
    quickSort(a, fromIndex, toIndex, depthLimit(toIndex - fromIndex), comparator);
  }

  /**
   * Sorts {@code a[low .. high)}, handing a range to heap sort after {@code depth} partitioning
   * steps. Unlike the {@code int} version it never relies on sentinels: with a comparator that
   * breaks the rules, an element that "should" stop a scan may not. Package-private so that tests
   * can switch the depth limit off and watch an adversary make plain quicksort quadratic.
   */
  static <T> void quickSort(
      T[] a, int low, int high, int depth, Comparator<? super T> comparator) {
    while (high - low > INSERTION_SORT_CUTOFF) {
      if (--depth < 0) {
        HeapSort.heapSort(a, low, high, comparator);
        return;
      }
      int size = high - low;
      int last = high - 1;
      int step = (size >>> 3) + (size >>> 6) + 1;
      int e3 = (low + last) >>> 1;
      int e2 = e3 - step;
      int e1 = e2 - step;
      int e4 = e3 + step;
      int e5 = e4 + step;
      sortFive(a, e1, e2, e3, e4, e5, comparator);

      // The parts are [low, lessEnd), [less, great] and [greatStart, high).
      int less;
      int great;
      int lessEnd;
      int greatStart;
      if (comparator.compare(a[e2], a[e4]) < 0) {
        Swap.swap(a, low, e2);
        Swap.swap(a, last, e4);
        T pivot1 = a[low];
        T pivot2 = a[last];
        // a(low, less) < pivot1 <= a[less, k) <= pivot2 < a(great, last)
        less = low + 1;
        great = last - 1;
        int k = less;
        while (k <= great) {
          T element = a[k];
          if (comparator.compare(element, pivot1) < 0) {
            Swap.swap(a, k, less);
            less++;
          } else if (comparator.compare(element, pivot2) > 0) {
            while (great > k && comparator.compare(a[great], pivot2) > 0) {
              great--;
            }
            Swap.swap(a, k, great);
            great--;
            if (comparator.compare(a[k], pivot1) < 0) {
              Swap.swap(a, k, less);
              less++;
            }
          }
          k++;
        }
        // less - 1 <= great + 1 always holds, so these swaps keep the array a permutation even
        // when a broken comparator made them land on the same slot.
        Swap.swap(a, low, less - 1);
        Swap.swap(a, last, great + 1);
        lessEnd = less - 1;
        greatStart = great + 2;
        if (less < e1 && great > e5) {
          // As in the int version: set keys equal to a pivot aside so the middle part shrinks.
          // Each step moves k up or great down, so even a broken comparator cannot stall it.
          k = less;
          while (k <= great) {
            T element = a[k];
            if (comparator.compare(element, pivot1) == 0) {
              Swap.swap(a, k, less);
              less++;
              k++;
            } else if (comparator.compare(element, pivot2) == 0) {
              Swap.swap(a, k, great);
              great--;
            } else {
              k++;
            }
          }
        }
      } else {
        Swap.swap(a, low, e3);
        T pivot = a[low];
        // a[low, less) < pivot == a[less, k) and a(great, last] > pivot; a[less] is never empty
        // because less < k, so each part excludes at least one element and the loop must end.
        less = low;
        great = last;
        int k = low + 1;
        while (k <= great) {
          int order = comparator.compare(a[k], pivot);
          if (order < 0) {
            Swap.swap(a, less, k);
            less++;
            k++;
          } else if (order > 0) {
            Swap.swap(a, k, great);
            great--;
          } else {
            k++;
          }
        }
        lessEnd = less;
        greatStart = great + 1;
        less = greatStart;
        great = greatStart - 1;
      }

      int leftSize = lessEnd - low;
      int middleSize = great + 1 - less;
      int rightSize = high - greatStart;
      if (leftSize >= middleSize && leftSize >= rightSize) {
        quickSort(a, less, great + 1, depth, comparator);
        quickSort(a, greatStart, high, depth, comparator);
        high = lessEnd;
      } else if (middleSize >= rightSize) {
        quickSort(a, low, lessEnd, depth, comparator);
        quickSort(a, greatStart, high, depth, comparator);
        low = less;
        high = great + 1;
      } else {
        quickSort(a, low, lessEnd, depth, comparator);
        quickSort(a, less, great + 1, depth, comparator);
        low = greatStart;
      }
    }
    InsertionSort.binaryInsertionSort(a, low, high, comparator);
  }

  static <T> void sortFive(
      T[] a, int e1, int e2, int e3, int e4, int e5, Comparator<? super T> comparator) {
    orderPair(a, e1, e2, comparator);
    orderPair(a, e4, e5, comparator);
    orderPair(a, e3, e5, comparator);
    orderPair(a, e3, e4, comparator);
    orderPair(a, e2, e5, comparator);
    orderPair(a, e1, e4, comparator);
    orderPair(a, e1, e3, comparator);
    orderPair(a, e2, e4, comparator);
    orderPair(a, e2, e3, comparator);
  }

  private static <T> void orderPair(T[] a, int i, int j, Comparator<? super T> comparator) {
    if (comparator.compare(a[i], a[j]) > 0) {
      Swap.swap(a, i, j);
    }
  }
}
