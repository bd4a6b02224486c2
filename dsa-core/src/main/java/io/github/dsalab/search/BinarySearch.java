package io.github.dsalab.search;

import java.util.Comparator;
import java.util.List;
import java.util.ListIterator;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.IntPredicate;
import java.util.function.LongPredicate;

/**
 * Binary search: finding a key in sorted data by comparing it with the middle element and
 * throwing away the half that cannot hold it.
 *
 * <p>Three questions, each over {@code int[]}, {@code long[]}, object arrays and lists, whole or
 * in a range {@code [fromIndex, toIndex)}:
 *
 * <ul>
 *   <li>{@code indexOf}: where is the key? Exactly the contract of
 *       {@link java.util.Arrays#binarySearch(int[], int)}: the index of an element equal to the
 *       key (any one of them if there are several), else {@code -(insertion point) - 1}, which is
 *       negative exactly when the key is absent.
 *   <li>{@code lowerBound}: the first index whose element is {@code >= key}, the leftmost place
 *       the key could be inserted keeping the order; {@code toIndex} if there is none.
 *   <li>{@code upperBound}: the first index whose element is {@code > key}, the rightmost such
 *       place. {@code upperBound - lowerBound} counts the elements equal to the key.
 * </ul>
 *
 * <p>{@link #firstTrue(int, int, IntPredicate)} and {@link #firstTrueLong(long, long,
 * LongPredicate)} search a range of numbers instead of an array: given a condition that is false
 * and then true (monotone), they find the first value where it holds, for example the smallest
 * capacity that is enough. They never compute {@code lo + hi}, which overflows on large ranges
 * (a bug that sat for years in the JDK's own binary search); the midpoint is
 * {@code lo + ((hi - lo) >>> 1)}, where the unsigned shift stays correct even when
 * {@code hi - lo} wraps around. Searches of arrays and lists (all but {@code indexOf} on {@code int[]}, see below) take the midpoint as
 * {@code (low + high) >>> 1}, as the JDK does: indices are never negative, so their sum, read as
 * an unsigned number by {@code >>>}, is exact even past {@code Integer.MAX_VALUE}.
 *
 * <p>The data must be sorted by the order used for the search (ascending natural order or the
 * comparator given); otherwise the results are undefined, as for the JDK.
 *
 * <p><b>Performance of {@code indexOf(int[] ...)}.</b> It does not stop at a match: it finds the
 * lower bound in exactly {@code ⌈log₂ n⌉} halvings and then checks that one element for equality
 * (so among equal elements it returns the first, which the contract allows). Each halving is
 * arithmetic, with no branch on the comparison: random keys make that branch a coin toss the
 * processor mispredicts half the time. And each halving reads both places the next probe can be
 * before the current comparison is settled, so the cache misses of two levels overlap instead of
 * queueing. Measured with {@code ./lab ratios --pairs binary-search --forks 3
 * --warmup-iterations 3 --iterations 2} on 2026-12-01 (2 cores, AMD EPYC, OpenJDK 17; 4096 random
 * queries, half present, in a sorted array of 10⁶ random ints, against
 * {@code Arrays.binarySearch}): median ratios 0.754 (range 0.64-0.85, load average 5.3 falling to
 * 2.2) and 0.787 (0.75-0.83, load 2.2-1.7), and 0.700 (0.69-0.73, load 4.0-2.3) with the checks of
 * the two ends added; the former loop, the JDK's (stop at a match), gave 0.993 (0.96-1.03) with 2
 * forks that day. A branch-free loop without the look-ahead reads was slower than the JDK's (1.05
 * in one JVM, 1.047 with 2 forks): each level then waits for the previous level's load. The price:
 * where the JDK's branches are predictable and its early exit pays, this loop gains nothing. On 10⁶
 * ints of only four values (timed in one JVM, 2026-12-01) it took 2.8 times as long as
 * {@code Arrays.binarySearch}, 1.5 times after keys at or beyond either end were settled before
 * the loop. The other element types keep the JDK's loop.
 *
 * <table class="striped">
 *   <caption>Cost, with n = toIndex - fromIndex (or hi - lo)</caption>
 *   <tr><th>operation</th><th>best</th><th>worst</th><th>extra space</th></tr>
 *   <tr><td>{@code indexOf} on an {@code int[]}</td>
 *       <td>{@code O(log n)}: always {@code ⌈log₂ n⌉} halvings</td><td>{@code O(log n)}</td>
 *       <td>{@code O(1)}</td></tr>
 *   <tr><td>{@code indexOf} on another array or a {@link RandomAccess} list</td>
 *       <td>{@code O(1)}: the first middle matches</td><td>{@code O(log n)}</td>
 *       <td>{@code O(1)}</td></tr>
 *   <tr><td>{@code lowerBound}, {@code upperBound} on an array or a {@link RandomAccess}
 *       list</td><td>{@code O(log n)}</td><td>{@code O(log n)}</td><td>{@code O(1)}</td></tr>
 *   <tr><td>any search on a sequential list (e.g. {@code LinkedList})</td>
 *       <td colspan="2">{@code O(log n)} comparisons but {@code O(n)} steps walking the
 *       list</td><td>{@code O(1)}</td></tr>
 *   <tr><td>{@code firstTrue}, {@code firstTrueLong}</td>
 *       <td colspan="2">at most {@code ceil(log2(n + 1))} calls of the predicate, so at most 32
 *       or 64</td><td>{@code O(1)}</td></tr>
 * </table>
 *
 * <pre>{@code
 * int[] sorted = {2, 3, 3, 3, 8};
 * int found = BinarySearch.indexOf(sorted, 8);                           // 4
 * int threes = BinarySearch.upperBound(sorted, 3) - BinarySearch.lowerBound(sorted, 3); // 3
 * }</pre>
 */
public final class BinarySearch {
  private BinarySearch() {}

  /** Random access to the elements of an array or a list, so one loop serves both. */
  @FunctionalInterface
  private interface Elements<T> {
    T get(int index);
  }

  // ---------------------------------------------------------------- int[]

  /**
   * Searches a sorted array for {@code key}, as {@link java.util.Arrays#binarySearch(int[], int)}.
   *
   * @param array the array, sorted ascending
   * @param key the value to find
   * @return the index of an element equal to {@code key}, else {@code -(insertion point) - 1}
   * @throws NullPointerException if {@code array} is null
   */
  public static int indexOf(int[] array, int key) {
    Objects.requireNonNull(array, "array");
    return indexOfInRange(array, 0, array.length, key);
  }

  /**
   * Searches {@code array[fromIndex..toIndex)} for {@code key}, as
   * {@link java.util.Arrays#binarySearch(int[], int, int, int)}.
   *
   * @param array the array, sorted ascending within the range
   * @param fromIndex the first index searched, inclusive
   * @param toIndex the end of the range, exclusive
   * @param key the value to find
   * @return the index of an element equal to {@code key}, else {@code -(insertion point) - 1},
   *     with an insertion point between {@code fromIndex} and {@code toIndex}
   * @throws NullPointerException if {@code array} is null
   * @throws IllegalArgumentException if {@code fromIndex > toIndex}
   * @throws ArrayIndexOutOfBoundsException if {@code fromIndex < 0} or
   *     {@code toIndex > array.length}
   */
  public static int indexOf(int[] array, int fromIndex, int toIndex, int key) {
    checkRange(Objects.requireNonNull(array, "array").length, fromIndex, toIndex);
    return indexOfInRange(array, fromIndex, toIndex, key);
  }

  /**
   * Returns the first index whose element is {@code >= key}, or {@code array.length} if none.
   *
   * @param array the array, sorted ascending
   * @param key the value to place
   * @return the leftmost insertion point of {@code key}
   * @throws NullPointerException if {@code array} is null
   */
  public static int lowerBound(int[] array, int key) {
    Objects.requireNonNull(array, "array");
    return lowerBoundInRange(array, 0, array.length, key);
  }

  /**
   * Returns the first index in {@code [fromIndex, toIndex)} whose element is {@code >= key}, or
   * {@code toIndex} if none.
   *
   * @param array the array, sorted ascending within the range
   * @param fromIndex the first index searched, inclusive
   * @param toIndex the end of the range, exclusive
   * @param key the value to place
   * @return the leftmost insertion point of {@code key} in the range
   * @throws NullPointerException if {@code array} is null
   * @throws IllegalArgumentException if {@code fromIndex > toIndex}
   * @throws ArrayIndexOutOfBoundsException if {@code fromIndex < 0} or
   *     {@code toIndex > array.length}
   */
  public static int lowerBound(int[] array, int fromIndex, int toIndex, int key) {
    checkRange(Objects.requireNonNull(array, "array").length, fromIndex, toIndex);
    return lowerBoundInRange(array, fromIndex, toIndex, key);
  }

  /**
   * Returns the first index whose element is {@code > key}, or {@code array.length} if none.
   *
   * @param array the array, sorted ascending
   * @param key the value to place
   * @return the rightmost insertion point of {@code key}
   * @throws NullPointerException if {@code array} is null
   */
  public static int upperBound(int[] array, int key) {
    Objects.requireNonNull(array, "array");
    return upperBoundInRange(array, 0, array.length, key);
  }

  /**
   * Returns the first index in {@code [fromIndex, toIndex)} whose element is {@code > key}, or
   * {@code toIndex} if none.
   *
   * @param array the array, sorted ascending within the range
   * @param fromIndex the first index searched, inclusive
   * @param toIndex the end of the range, exclusive
   * @param key the value to place
   * @return the rightmost insertion point of {@code key} in the range
   * @throws NullPointerException if {@code array} is null
   * @throws IllegalArgumentException if {@code fromIndex > toIndex}
   * @throws ArrayIndexOutOfBoundsException if {@code fromIndex < 0} or
   *     {@code toIndex > array.length}
   */
  public static int upperBound(int[] array, int fromIndex, int toIndex, int key) {
    checkRange(Objects.requireNonNull(array, "array").length, fromIndex, toIndex);
    return upperBoundInRange(array, fromIndex, toIndex, key);
  }

  private static int indexOfInRange(int[] array, int fromIndex, int toIndex, int key) {
    int length = toIndex - fromIndex;
    if (length == 0) {
      return -(fromIndex + 1);
    }
    // Keys at or beyond either end are settled at once. The halvings below never stop early, so
    // without these two predictable checks every such key would pay all ⌈log₂ n⌉ of them.
    int first = array[fromIndex];
    if (key <= first) {
      return key == first ? fromIndex : -(fromIndex + 1);
    }
    if (key > array[toIndex - 1]) {
      return -(toIndex + 1);
    }
    int base = fromIndex;
    int half = length >>> 1;
    int probe = array[base + half];
    // Invariant: the lower bound (the first index whose element is >= key) lies in
    // [base, base + length], base + length <= toIndex, and probe == array[base + half].
    while (length > 1) {
      int rest = length - half;
      int nextHalf = rest >>> 1;
      // Both places the next probe can be, read before this comparison is settled: their cache
      // misses overlap with the current one's instead of following it.
      int ifStay = array[base + nextHalf];
      int ifMove = array[base + half + nextHalf];
      // All ones when probe < key (the difference, in long, cannot overflow), else zero: the
      // step is arithmetic, with no branch to mispredict.
      int move = (int) (((long) probe - key) >> 63);
      base += half & move;
      probe = ifStay ^ ((ifStay ^ ifMove) & move);
      length = rest;
      half = nextHalf;
    }
    int lower = probe < key ? base + 1 : base;
    return lower < toIndex && array[lower] == key ? lower : -(lower + 1);
  }

  private static int lowerBoundInRange(int[] array, int low, int high, int key) {
    // Invariant: everything left of low is < key, everything from high on is >= key.
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (array[middle] < key) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  private static int upperBoundInRange(int[] array, int low, int high, int key) {
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (array[middle] <= key) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  // ---------------------------------------------------------------- long[]

  /**
   * Searches a sorted array for {@code key}, as
   * {@link java.util.Arrays#binarySearch(long[], long)}.
   *
   * @param array the array, sorted ascending
   * @param key the value to find
   * @return the index of an element equal to {@code key}, else {@code -(insertion point) - 1}
   * @throws NullPointerException if {@code array} is null
   */
  public static int indexOf(long[] array, long key) {
    Objects.requireNonNull(array, "array");
    return indexOfInRange(array, 0, array.length, key);
  }

  /**
   * Searches {@code array[fromIndex..toIndex)} for {@code key}, as
   * {@link java.util.Arrays#binarySearch(long[], int, int, long)}.
   *
   * @param array the array, sorted ascending within the range
   * @param fromIndex the first index searched, inclusive
   * @param toIndex the end of the range, exclusive
   * @param key the value to find
   * @return the index of an element equal to {@code key}, else {@code -(insertion point) - 1}
   * @throws NullPointerException if {@code array} is null
   * @throws IllegalArgumentException if {@code fromIndex > toIndex}
   * @throws ArrayIndexOutOfBoundsException if {@code fromIndex < 0} or
   *     {@code toIndex > array.length}
   */
  public static int indexOf(long[] array, int fromIndex, int toIndex, long key) {
    checkRange(Objects.requireNonNull(array, "array").length, fromIndex, toIndex);
    return indexOfInRange(array, fromIndex, toIndex, key);
  }

  /**
   * Returns the first index whose element is {@code >= key}, or {@code array.length} if none.
   *
   * @param array the array, sorted ascending
   * @param key the value to place
   * @return the leftmost insertion point of {@code key}
   * @throws NullPointerException if {@code array} is null
   */
  public static int lowerBound(long[] array, long key) {
    Objects.requireNonNull(array, "array");
    return lowerBoundInRange(array, 0, array.length, key);
  }

  /**
   * Returns the first index in {@code [fromIndex, toIndex)} whose element is {@code >= key}, or
   * {@code toIndex} if none.
   *
   * @param array the array, sorted ascending within the range
   * @param fromIndex the first index searched, inclusive
   * @param toIndex the end of the range, exclusive
   * @param key the value to place
   * @return the leftmost insertion point of {@code key} in the range
   * @throws NullPointerException if {@code array} is null
   * @throws IllegalArgumentException if {@code fromIndex > toIndex}
   * @throws ArrayIndexOutOfBoundsException if {@code fromIndex < 0} or
   *     {@code toIndex > array.length}
   */
  public static int lowerBound(long[] array, int fromIndex, int toIndex, long key) {
    checkRange(Objects.requireNonNull(array, "array").length, fromIndex, toIndex);
    return lowerBoundInRange(array, fromIndex, toIndex, key);
  }

  /**
   * Returns the first index whose element is {@code > key}, or {@code array.length} if none.
   *
   * @param array the array, sorted ascending
   * @param key the value to place
   * @return the rightmost insertion point of {@code key}
   * @throws NullPointerException if {@code array} is null
   */
  public static int upperBound(long[] array, long key) {
    Objects.requireNonNull(array, "array");
    return upperBoundInRange(array, 0, array.length, key);
  }

  /**
   * Returns the first index in {@code [fromIndex, toIndex)} whose element is {@code > key}, or
   * {@code toIndex} if none.
   *
   * @param array the array, sorted ascending within the range
   * @param fromIndex the first index searched, inclusive
   * @param toIndex the end of the range, exclusive
   * @param key the value to place
   * @return the rightmost insertion point of {@code key} in the range
   * @throws NullPointerException if {@code array} is null
   * @throws IllegalArgumentException if {@code fromIndex > toIndex}
   * @throws ArrayIndexOutOfBoundsException if {@code fromIndex < 0} or
   *     {@code toIndex > array.length}
   */
  public static int upperBound(long[] array, int fromIndex, int toIndex, long key) {
    checkRange(Objects.requireNonNull(array, "array").length, fromIndex, toIndex);
    return upperBoundInRange(array, fromIndex, toIndex, key);
  }

  private static int indexOfInRange(long[] array, int fromIndex, int toIndex, long key) {
    int low = fromIndex;
    int high = toIndex - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      long value = array[middle];
      if (value < key) {
        low = middle + 1;
      } else if (value > key) {
        high = middle - 1;
      } else {
        return middle;
      }
    }
    return -(low + 1);
  }

  private static int lowerBoundInRange(long[] array, int low, int high, long key) {
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (array[middle] < key) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  private static int upperBoundInRange(long[] array, int low, int high, long key) {
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (array[middle] <= key) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  // ---------------------------------------------------------------- T[]

  /**
   * Searches an array sorted by {@code comparator} for {@code key}, as
   * {@link java.util.Arrays#binarySearch(Object[], Object, Comparator)}.
   *
   * @param array the array, sorted ascending by {@code comparator}
   * @param key the value to find; may be null if the comparator accepts it
   * @param comparator the order of the array
   * @param <T> the type of the elements
   * @return the index of an element equal to {@code key}, else {@code -(insertion point) - 1}
   * @throws NullPointerException if {@code array} or {@code comparator} is null
   */
  public static <T> int indexOf(T[] array, T key, Comparator<? super T> comparator) {
    return indexOf(array, 0, Objects.requireNonNull(array, "array").length, key, comparator);
  }

  /**
   * Searches {@code array[fromIndex..toIndex)}, sorted by {@code comparator}, for {@code key}, as
   * {@link java.util.Arrays#binarySearch(Object[], int, int, Object, Comparator)}.
   *
   * @param array the array, sorted ascending by {@code comparator} within the range
   * @param fromIndex the first index searched, inclusive
   * @param toIndex the end of the range, exclusive
   * @param key the value to find; may be null if the comparator accepts it
   * @param comparator the order of the array
   * @param <T> the type of the elements
   * @return the index of an element equal to {@code key}, else {@code -(insertion point) - 1}
   * @throws NullPointerException if {@code array} or {@code comparator} is null
   * @throws IllegalArgumentException if {@code fromIndex > toIndex}
   * @throws ArrayIndexOutOfBoundsException if {@code fromIndex < 0} or
   *     {@code toIndex > array.length}
   */
  public static <T> int indexOf(
      T[] array, int fromIndex, int toIndex, T key, Comparator<? super T> comparator) {
    checkRange(Objects.requireNonNull(array, "array").length, fromIndex, toIndex);
    Objects.requireNonNull(comparator, "comparator");
    return search(index -> array[index], fromIndex, toIndex, key, comparator);
  }

  /**
   * Searches an array sorted by natural order for {@code key}, as
   * {@link java.util.Arrays#binarySearch(Object[], Object)}.
   *
   * @param array the array, sorted ascending, without null elements
   * @param key the value to find
   * @param <T> the type of the elements
   * @return the index of an element equal to {@code key}, else {@code -(insertion point) - 1}
   * @throws NullPointerException if {@code array} or {@code key} is null, or a probed element is
   *     null
   */
  public static <T extends Comparable<? super T>> int indexOf(T[] array, T key) {
    return indexOf(array, 0, Objects.requireNonNull(array, "array").length, key);
  }

  /**
   * Searches {@code array[fromIndex..toIndex)}, sorted by natural order, for {@code key}, as
   * {@link java.util.Arrays#binarySearch(Object[], int, int, Object)}.
   *
   * @param array the array, sorted ascending within the range, without null elements
   * @param fromIndex the first index searched, inclusive
   * @param toIndex the end of the range, exclusive
   * @param key the value to find
   * @param <T> the type of the elements
   * @return the index of an element equal to {@code key}, else {@code -(insertion point) - 1}
   * @throws NullPointerException if {@code array} or {@code key} is null, or a probed element is
   *     null
   * @throws IllegalArgumentException if {@code fromIndex > toIndex}
   * @throws ArrayIndexOutOfBoundsException if {@code fromIndex < 0} or
   *     {@code toIndex > array.length}
   */
  public static <T extends Comparable<? super T>> int indexOf(
      T[] array, int fromIndex, int toIndex, T key) {
    Objects.requireNonNull(key, "key");
    return indexOf(array, fromIndex, toIndex, key, Comparator.naturalOrder());
  }

  /**
   * Returns the first index whose element is {@code >= key} by {@code comparator}, or
   * {@code array.length} if none.
   *
   * @param array the array, sorted ascending by {@code comparator}
   * @param key the value to place; may be null if the comparator accepts it
   * @param comparator the order of the array
   * @param <T> the type of the elements
   * @return the leftmost insertion point of {@code key}
   * @throws NullPointerException if {@code array} or {@code comparator} is null
   */
  public static <T> int lowerBound(T[] array, T key, Comparator<? super T> comparator) {
    return lowerBound(array, 0, Objects.requireNonNull(array, "array").length, key, comparator);
  }

  /**
   * Returns the first index in {@code [fromIndex, toIndex)} whose element is {@code >= key} by
   * {@code comparator}, or {@code toIndex} if none.
   *
   * @param array the array, sorted ascending by {@code comparator} within the range
   * @param fromIndex the first index searched, inclusive
   * @param toIndex the end of the range, exclusive
   * @param key the value to place; may be null if the comparator accepts it
   * @param comparator the order of the array
   * @param <T> the type of the elements
   * @return the leftmost insertion point of {@code key} in the range
   * @throws NullPointerException if {@code array} or {@code comparator} is null
   * @throws IllegalArgumentException if {@code fromIndex > toIndex}
   * @throws ArrayIndexOutOfBoundsException if {@code fromIndex < 0} or
   *     {@code toIndex > array.length}
   */
  public static <T> int lowerBound(
      T[] array, int fromIndex, int toIndex, T key, Comparator<? super T> comparator) {
    checkRange(Objects.requireNonNull(array, "array").length, fromIndex, toIndex);
    Objects.requireNonNull(comparator, "comparator");
    return bound(index -> array[index], fromIndex, toIndex, key, comparator, false);
  }

  /**
   * Returns the first index whose element is {@code >= key} in natural order, or
   * {@code array.length} if none.
   *
   * @param array the array, sorted ascending, without null elements
   * @param key the value to place
   * @param <T> the type of the elements
   * @return the leftmost insertion point of {@code key}
   * @throws NullPointerException if {@code array} or {@code key} is null, or a probed element is
   *     null
   */
  public static <T extends Comparable<? super T>> int lowerBound(T[] array, T key) {
    return lowerBound(array, 0, Objects.requireNonNull(array, "array").length, key);
  }

  /**
   * Returns the first index in {@code [fromIndex, toIndex)} whose element is {@code >= key} in
   * natural order, or {@code toIndex} if none.
   *
   * @param array the array, sorted ascending within the range, without null elements
   * @param fromIndex the first index searched, inclusive
   * @param toIndex the end of the range, exclusive
   * @param key the value to place
   * @param <T> the type of the elements
   * @return the leftmost insertion point of {@code key} in the range
   * @throws NullPointerException if {@code array} or {@code key} is null, or a probed element is
   *     null
   * @throws IllegalArgumentException if {@code fromIndex > toIndex}
   * @throws ArrayIndexOutOfBoundsException if {@code fromIndex < 0} or
   *     {@code toIndex > array.length}
   */
  public static <T extends Comparable<? super T>> int lowerBound(
      T[] array, int fromIndex, int toIndex, T key) {
    Objects.requireNonNull(key, "key");
    return lowerBound(array, fromIndex, toIndex, key, Comparator.naturalOrder());
  }

  /**
   * Returns the first index whose element is {@code > key} by {@code comparator}, or
   * {@code array.length} if none.
   *
   * @param array the array, sorted ascending by {@code comparator}
   * @param key the value to place; may be null if the comparator accepts it
   * @param comparator the order of the array
   * @param <T> the type of the elements
   * @return the rightmost insertion point of {@code key}
   * @throws NullPointerException if {@code array} or {@code comparator} is null
   */
  public static <T> int upperBound(T[] array, T key, Comparator<? super T> comparator) {
    return upperBound(array, 0, Objects.requireNonNull(array, "array").length, key, comparator);
  }

  /**
   * Returns the first index in {@code [fromIndex, toIndex)} whose element is {@code > key} by
   * {@code comparator}, or {@code toIndex} if none.
   *
   * @param array the array, sorted ascending by {@code comparator} within the range
   * @param fromIndex the first index searched, inclusive
   * @param toIndex the end of the range, exclusive
   * @param key the value to place; may be null if the comparator accepts it
   * @param comparator the order of the array
   * @param <T> the type of the elements
   * @return the rightmost insertion point of {@code key} in the range
   * @throws NullPointerException if {@code array} or {@code comparator} is null
   * @throws IllegalArgumentException if {@code fromIndex > toIndex}
   * @throws ArrayIndexOutOfBoundsException if {@code fromIndex < 0} or
   *     {@code toIndex > array.length}
   */
  public static <T> int upperBound(
      T[] array, int fromIndex, int toIndex, T key, Comparator<? super T> comparator) {
    checkRange(Objects.requireNonNull(array, "array").length, fromIndex, toIndex);
    Objects.requireNonNull(comparator, "comparator");
    return bound(index -> array[index], fromIndex, toIndex, key, comparator, true);
  }

  /**
   * Returns the first index whose element is {@code > key} in natural order, or
   * {@code array.length} if none.
   *
   * @param array the array, sorted ascending, without null elements
   * @param key the value to place
   * @param <T> the type of the elements
   * @return the rightmost insertion point of {@code key}
   * @throws NullPointerException if {@code array} or {@code key} is null, or a probed element is
   *     null
   */
  public static <T extends Comparable<? super T>> int upperBound(T[] array, T key) {
    return upperBound(array, 0, Objects.requireNonNull(array, "array").length, key);
  }

  /**
   * Returns the first index in {@code [fromIndex, toIndex)} whose element is {@code > key} in
   * natural order, or {@code toIndex} if none.
   *
   * @param array the array, sorted ascending within the range, without null elements
   * @param fromIndex the first index searched, inclusive
   * @param toIndex the end of the range, exclusive
   * @param key the value to place
   * @param <T> the type of the elements
   * @return the rightmost insertion point of {@code key} in the range
   * @throws NullPointerException if {@code array} or {@code key} is null, or a probed element is
   *     null
   * @throws IllegalArgumentException if {@code fromIndex > toIndex}
   * @throws ArrayIndexOutOfBoundsException if {@code fromIndex < 0} or
   *     {@code toIndex > array.length}
   */
  public static <T extends Comparable<? super T>> int upperBound(
      T[] array, int fromIndex, int toIndex, T key) {
    Objects.requireNonNull(key, "key");
    return upperBound(array, fromIndex, toIndex, key, Comparator.naturalOrder());
  }

  // ---------------------------------------------------------------- List

  /**
   * Searches a list sorted by {@code comparator} for {@code key}, as
   * {@link java.util.Collections#binarySearch(List, Object, Comparator)}. {@code O(log n)} on a
   * {@link RandomAccess} list; on a sequential list {@code O(log n)} comparisons but {@code O(n)}
   * steps of its iterator.
   *
   * @param list the list, sorted ascending by {@code comparator}
   * @param key the value to find; may be null if the comparator accepts it
   * @param comparator the order of the list
   * @param <T> the type of the elements
   * @return the index of an element equal to {@code key}, else {@code -(insertion point) - 1}
   * @throws NullPointerException if {@code list} or {@code comparator} is null
   */
  public static <T> int indexOf(List<? extends T> list, T key, Comparator<? super T> comparator) {
    return indexOf(list, 0, Objects.requireNonNull(list, "list").size(), key, comparator);
  }

  /**
   * Searches {@code list[fromIndex..toIndex)}, sorted by {@code comparator}, for {@code key}.
   * Costs as {@link #indexOf(List, Object, Comparator)}; the range is checked as
   * {@link List#subList(int, int)} checks it.
   *
   * @param list the list, sorted ascending by {@code comparator} within the range
   * @param fromIndex the first index searched, inclusive
   * @param toIndex the end of the range, exclusive
   * @param key the value to find; may be null if the comparator accepts it
   * @param comparator the order of the list
   * @param <T> the type of the elements
   * @return the index of an element equal to {@code key}, else {@code -(insertion point) - 1}
   * @throws NullPointerException if {@code list} or {@code comparator} is null
   * @throws IndexOutOfBoundsException if {@code fromIndex < 0} or {@code toIndex > list.size()}
   * @throws IllegalArgumentException if {@code fromIndex > toIndex}
   */
  public static <T> int indexOf(
      List<? extends T> list, int fromIndex, int toIndex, T key, Comparator<? super T> comparator) {
    checkListRange(Objects.requireNonNull(list, "list").size(), fromIndex, toIndex);
    Objects.requireNonNull(comparator, "comparator");
    return search(elementsOf(list, fromIndex), fromIndex, toIndex, key, comparator);
  }

  /**
   * Searches a list sorted by natural order for {@code key}, as
   * {@link java.util.Collections#binarySearch(List, Object)}. Costs as
   * {@link #indexOf(List, Object, Comparator)}.
   *
   * @param list the list, sorted ascending, without null elements
   * @param key the value to find
   * @param <T> the type of the elements
   * @return the index of an element equal to {@code key}, else {@code -(insertion point) - 1}
   * @throws NullPointerException if {@code list} or {@code key} is null, or a probed element is
   *     null
   */
  public static <T extends Comparable<? super T>> int indexOf(List<? extends T> list, T key) {
    return indexOf(list, 0, Objects.requireNonNull(list, "list").size(), key);
  }

  /**
   * Searches {@code list[fromIndex..toIndex)}, sorted by natural order, for {@code key}. Costs as
   * {@link #indexOf(List, Object, Comparator)}.
   *
   * @param list the list, sorted ascending within the range, without null elements
   * @param fromIndex the first index searched, inclusive
   * @param toIndex the end of the range, exclusive
   * @param key the value to find
   * @param <T> the type of the elements
   * @return the index of an element equal to {@code key}, else {@code -(insertion point) - 1}
   * @throws NullPointerException if {@code list} or {@code key} is null, or a probed element is
   *     null
   * @throws IndexOutOfBoundsException if {@code fromIndex < 0} or {@code toIndex > list.size()}
   * @throws IllegalArgumentException if {@code fromIndex > toIndex}
   */
  public static <T extends Comparable<? super T>> int indexOf(
      List<? extends T> list, int fromIndex, int toIndex, T key) {
    Objects.requireNonNull(key, "key");
    return indexOf(list, fromIndex, toIndex, key, Comparator.naturalOrder());
  }

  /**
   * Returns the first index whose element is {@code >= key} by {@code comparator}, or
   * {@code list.size()} if none. Costs as {@link #indexOf(List, Object, Comparator)}.
   *
   * @param list the list, sorted ascending by {@code comparator}
   * @param key the value to place; may be null if the comparator accepts it
   * @param comparator the order of the list
   * @param <T> the type of the elements
   * @return the leftmost insertion point of {@code key}
   * @throws NullPointerException if {@code list} or {@code comparator} is null
   */
  public static <T> int lowerBound(
      List<? extends T> list, T key, Comparator<? super T> comparator) {
    return lowerBound(list, 0, Objects.requireNonNull(list, "list").size(), key, comparator);
  }

  /**
   * Returns the first index in {@code [fromIndex, toIndex)} whose element is {@code >= key} by
   * {@code comparator}, or {@code toIndex} if none. Costs as
   * {@link #indexOf(List, Object, Comparator)}.
   *
   * @param list the list, sorted ascending by {@code comparator} within the range
   * @param fromIndex the first index searched, inclusive
   * @param toIndex the end of the range, exclusive
   * @param key the value to place; may be null if the comparator accepts it
   * @param comparator the order of the list
   * @param <T> the type of the elements
   * @return the leftmost insertion point of {@code key} in the range
   * @throws NullPointerException if {@code list} or {@code comparator} is null
   * @throws IndexOutOfBoundsException if {@code fromIndex < 0} or {@code toIndex > list.size()}
   * @throws IllegalArgumentException if {@code fromIndex > toIndex}
   */
  public static <T> int lowerBound(
      List<? extends T> list, int fromIndex, int toIndex, T key, Comparator<? super T> comparator) {
    checkListRange(Objects.requireNonNull(list, "list").size(), fromIndex, toIndex);
    Objects.requireNonNull(comparator, "comparator");
    return bound(elementsOf(list, fromIndex), fromIndex, toIndex, key, comparator, false);
  }

  /**
   * Returns the first index whose element is {@code >= key} in natural order, or
   * {@code list.size()} if none. Costs as {@link #indexOf(List, Object, Comparator)}.
   *
   * @param list the list, sorted ascending, without null elements
   * @param key the value to place
   * @param <T> the type of the elements
   * @return the leftmost insertion point of {@code key}
   * @throws NullPointerException if {@code list} or {@code key} is null, or a probed element is
   *     null
   */
  public static <T extends Comparable<? super T>> int lowerBound(List<? extends T> list, T key) {
    return lowerBound(list, 0, Objects.requireNonNull(list, "list").size(), key);
  }

  /**
   * Returns the first index in {@code [fromIndex, toIndex)} whose element is {@code >= key} in
   * natural order, or {@code toIndex} if none. Costs as
   * {@link #indexOf(List, Object, Comparator)}.
   *
   * @param list the list, sorted ascending within the range, without null elements
   * @param fromIndex the first index searched, inclusive
   * @param toIndex the end of the range, exclusive
   * @param key the value to place
   * @param <T> the type of the elements
   * @return the leftmost insertion point of {@code key} in the range
   * @throws NullPointerException if {@code list} or {@code key} is null, or a probed element is
   *     null
   * @throws IndexOutOfBoundsException if {@code fromIndex < 0} or {@code toIndex > list.size()}
   * @throws IllegalArgumentException if {@code fromIndex > toIndex}
   */
  public static <T extends Comparable<? super T>> int lowerBound(
      List<? extends T> list, int fromIndex, int toIndex, T key) {
    Objects.requireNonNull(key, "key");
    return lowerBound(list, fromIndex, toIndex, key, Comparator.naturalOrder());
  }

  /**
   * Returns the first index whose element is {@code > key} by {@code comparator}, or
   * {@code list.size()} if none. Costs as {@link #indexOf(List, Object, Comparator)}.
   *
   * @param list the list, sorted ascending by {@code comparator}
   * @param key the value to place; may be null if the comparator accepts it
   * @param comparator the order of the list
   * @param <T> the type of the elements
   * @return the rightmost insertion point of {@code key}
   * @throws NullPointerException if {@code list} or {@code comparator} is null
   */
  public static <T> int upperBound(
      List<? extends T> list, T key, Comparator<? super T> comparator) {
    return upperBound(list, 0, Objects.requireNonNull(list, "list").size(), key, comparator);
  }

  /**
   * Returns the first index in {@code [fromIndex, toIndex)} whose element is {@code > key} by
   * {@code comparator}, or {@code toIndex} if none. Costs as
   * {@link #indexOf(List, Object, Comparator)}.
   *
   * @param list the list, sorted ascending by {@code comparator} within the range
   * @param fromIndex the first index searched, inclusive
   * @param toIndex the end of the range, exclusive
   * @param key the value to place; may be null if the comparator accepts it
   * @param comparator the order of the list
   * @param <T> the type of the elements
   * @return the rightmost insertion point of {@code key} in the range
   * @throws NullPointerException if {@code list} or {@code comparator} is null
   * @throws IndexOutOfBoundsException if {@code fromIndex < 0} or {@code toIndex > list.size()}
   * @throws IllegalArgumentException if {@code fromIndex > toIndex}
   */
  public static <T> int upperBound(
      List<? extends T> list, int fromIndex, int toIndex, T key, Comparator<? super T> comparator) {
    checkListRange(Objects.requireNonNull(list, "list").size(), fromIndex, toIndex);
    Objects.requireNonNull(comparator, "comparator");
    return bound(elementsOf(list, fromIndex), fromIndex, toIndex, key, comparator, true);
  }

  /**
   * Returns the first index whose element is {@code > key} in natural order, or
   * {@code list.size()} if none. Costs as {@link #indexOf(List, Object, Comparator)}.
   *
   * @param list the list, sorted ascending, without null elements
   * @param key the value to place
   * @param <T> the type of the elements
   * @return the rightmost insertion point of {@code key}
   * @throws NullPointerException if {@code list} or {@code key} is null, or a probed element is
   *     null
   */
  public static <T extends Comparable<? super T>> int upperBound(List<? extends T> list, T key) {
    return upperBound(list, 0, Objects.requireNonNull(list, "list").size(), key);
  }

  /**
   * Returns the first index in {@code [fromIndex, toIndex)} whose element is {@code > key} in
   * natural order, or {@code toIndex} if none. Costs as
   * {@link #indexOf(List, Object, Comparator)}.
   *
   * @param list the list, sorted ascending within the range, without null elements
   * @param fromIndex the first index searched, inclusive
   * @param toIndex the end of the range, exclusive
   * @param key the value to place
   * @param <T> the type of the elements
   * @return the rightmost insertion point of {@code key} in the range
   * @throws NullPointerException if {@code list} or {@code key} is null, or a probed element is
   *     null
   * @throws IndexOutOfBoundsException if {@code fromIndex < 0} or {@code toIndex > list.size()}
   * @throws IllegalArgumentException if {@code fromIndex > toIndex}
   */
  public static <T extends Comparable<? super T>> int upperBound(
      List<? extends T> list, int fromIndex, int toIndex, T key) {
    Objects.requireNonNull(key, "key");
    return upperBound(list, fromIndex, toIndex, key, Comparator.naturalOrder());
  }

  // ---------------------------------------------------------------- on the answer

  /**
   * Returns the least {@code x} in {@code [lo, hi)} with {@code predicate.test(x)} true, or
   * {@code hi} if there is none. The predicate must be monotone on the range: false up to some
   * point, true from there on; it is called at most {@code ceil(log2(hi - lo + 1))} times.
   * Any range works, up to {@code [Integer.MIN_VALUE, Integer.MAX_VALUE)}, without overflow.
   *
   * @param lo the smallest candidate, inclusive
   * @param hi the end of the candidates, exclusive; returned when no candidate passes
   * @param predicate the monotone condition
   * @return the first candidate that passes, or {@code hi}
   * @throws IllegalArgumentException if {@code lo > hi}
   * @throws NullPointerException if {@code predicate} is null
   */
  public static int firstTrue(int lo, int hi, IntPredicate predicate) {
    Objects.requireNonNull(predicate, "predicate");
    if (lo > hi) {
      throw new IllegalArgumentException("lo " + lo + " is greater than hi " + hi);
    }
    // Invariant: the predicate is false below lo and true from hi on (hi standing for "none").
    // hi - lo may wrap around, but read as unsigned it is the exact distance, so >>> halves it.
    while (lo < hi) {
      int middle = lo + ((hi - lo) >>> 1);
      if (predicate.test(middle)) {
        hi = middle;
      } else {
        lo = middle + 1;
      }
    }
    return lo;
  }

  /**
   * Returns the least {@code x} in {@code [lo, hi)} with {@code predicate.test(x)} true, or
   * {@code hi} if there is none. The predicate must be monotone on the range: false up to some
   * point, true from there on; it is called at most {@code ceil(log2(hi - lo + 1))} times, so at
   * most 64. Any range works, up to {@code [Long.MIN_VALUE, Long.MAX_VALUE)}, without overflow.
   * (A different name from {@link #firstTrue(int, int, IntPredicate)} because an overload would
   * make every call with a lambda ambiguous.)
   *
   * @param lo the smallest candidate, inclusive
   * @param hi the end of the candidates, exclusive; returned when no candidate passes
   * @param predicate the monotone condition
   * @return the first candidate that passes, or {@code hi}
   * @throws IllegalArgumentException if {@code lo > hi}
   * @throws NullPointerException if {@code predicate} is null
   */
  public static long firstTrueLong(long lo, long hi, LongPredicate predicate) {
    Objects.requireNonNull(predicate, "predicate");
    if (lo > hi) {
      throw new IllegalArgumentException("lo " + lo + " is greater than hi " + hi);
    }
    while (lo < hi) {
      long middle = lo + ((hi - lo) >>> 1);
      if (predicate.test(middle)) {
        hi = middle;
      } else {
        lo = middle + 1;
      }
    }
    return lo;
  }

  // ---------------------------------------------------------------- shared loops and checks

  private static <T> int search(
      Elements<? extends T> elements,
      int fromIndex,
      int toIndex,
      T key,
      Comparator<? super T> comparator) {
    int low = fromIndex;
    int high = toIndex - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      int order = comparator.compare(elements.get(middle), key);
      if (order < 0) {
        low = middle + 1;
      } else if (order > 0) {
        high = middle - 1;
      } else {
        return middle;
      }
    }
    return -(low + 1);
  }

  /**
   * The lower bound moves right past elements {@code < key}; the upper bound also past those
   * equal to it.
   */
  private static <T> int bound(
      Elements<? extends T> elements,
      int low,
      int high,
      T key,
      Comparator<? super T> comparator,
      boolean upper) {
    int passes = upper ? 1 : 0;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (comparator.compare(elements.get(middle), key) < passes) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  /**
   * A sequential list is read through one list iterator that walks back and forth to each probe:
   * the probes halve their distance each time, so the walk adds up to about n steps in all.
   */
  private static <T> Elements<T> elementsOf(List<? extends T> list, int fromIndex) {
    if (list instanceof RandomAccess) {
      return list::get;
    }
    ListIterator<? extends T> iterator = list.listIterator(fromIndex);
    return index -> walkTo(iterator, index);
  }

  private static <T> T walkTo(ListIterator<? extends T> iterator, int index) {
    int next = iterator.nextIndex();
    T element;
    if (next <= index) {
      do {
        element = iterator.next();
      } while (next++ < index);
    } else {
      do {
        element = iterator.previous();
      } while (--next > index);
    }
    return element;
  }

  /** The checks and exceptions of {@code java.util.Arrays}' range methods. */
  private static void checkRange(int length, int fromIndex, int toIndex) {
    if (fromIndex > toIndex) {
      throw new IllegalArgumentException("fromIndex(" + fromIndex + ") > toIndex(" + toIndex + ")");
    }
    if (fromIndex < 0) {
      throw new ArrayIndexOutOfBoundsException(fromIndex);
    }
    if (toIndex > length) {
      throw new ArrayIndexOutOfBoundsException(toIndex);
    }
  }

  /** The checks and exceptions of {@link List#subList(int, int)}. */
  private static void checkListRange(int size, int fromIndex, int toIndex) {
    if (fromIndex < 0) {
      throw new IndexOutOfBoundsException("fromIndex = " + fromIndex);
    }
    if (toIndex > size) {
      throw new IndexOutOfBoundsException("toIndex = " + toIndex);
    }
    if (fromIndex > toIndex) {
      throw new IllegalArgumentException("fromIndex(" + fromIndex + ") > toIndex(" + toIndex + ")");
    }
  }
}
