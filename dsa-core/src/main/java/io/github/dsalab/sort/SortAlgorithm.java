package io.github.dsalab.sort;

import java.util.Comparator;

/**
 * The six sorts of this package as values, so that code and tests can loop over all of them:
 * {@code for (SortAlgorithm s : SortAlgorithm.values()) s.sort(copy);}.
 *
 * <p>Each method forwards to the same method of the constant's class ({@link BubbleSort},
 * {@link SelectionSort}, {@link InsertionSort}, {@link MergeSort}, {@link QuickSort},
 * {@link HeapSort}), whose documentation gives the costs; the argument checks are the same
 * everywhere.
 *
 * <table class="striped">
 *   <caption>The sorts at a glance (comparisons for n elements)</caption>
 *   <tr><th>constant</th><th>best</th><th>average</th><th>worst</th><th>extra space</th><th>stable</th></tr>
 *   <tr><td>{@link #BUBBLE}</td><td>{@code n - 1}</td><td>{@code O(n²)}</td><td>{@code O(n²)}</td><td>{@code O(1)}</td><td>yes</td></tr>
 *   <tr><td>{@link #SELECTION}</td><td>{@code n(n-1)/2}</td><td>{@code n(n-1)/2}</td><td>{@code n(n-1)/2}</td><td>{@code O(1)}</td><td>no</td></tr>
 *   <tr><td>{@link #INSERTION}</td><td>{@code n - 1}</td><td>{@code O(n²)}</td><td>{@code O(n²)}</td><td>{@code O(1)}</td><td>yes</td></tr>
 *   <tr><td>{@link #MERGE}</td><td>{@code n - 1}</td><td>{@code O(n log n)}</td><td>{@code O(n log n)}</td><td>{@code O(n)}</td><td>yes</td></tr>
 *   <tr><td>{@link #QUICK}</td><td>{@code O(n)}</td><td>{@code O(n log n)}</td><td>{@code O(n log n)}</td><td>{@code O(log n)}</td><td>no</td></tr>
 *   <tr><td>{@link #HEAP}</td><td>{@code O(n log n)}</td><td>{@code O(n log n)}</td><td>{@code O(n log n)}</td><td>{@code O(1)}</td><td>no</td></tr>
 * </table>
 *
 * <pre>{@code
 * for (SortAlgorithm algorithm : SortAlgorithm.values()) {
 *   algorithm.sort(Arrays.copyOf(data, data.length));
 * }
 * }</pre>
 */
public enum SortAlgorithm {
  /** {@link BubbleSort}: stops after a sweep with no swap. */
  BUBBLE(true),
  /** {@link SelectionSort}: exactly {@code n(n-1)/2} comparisons, at most {@code n - 1} swaps. */
  SELECTION(false),
  /** {@link InsertionSort}: adaptive, {@code n - 1 + inversions} comparisons at most. */
  INSERTION(true),
  /** {@link MergeSort}: stable {@code O(n log n)}, linear on sorted input. */
  MERGE(true),
  /** {@link QuickSort}: dual-pivot introsort, in place. */
  QUICK(false),
  /** {@link HeapSort}: in place, {@code O(n log n)} on every input. */
  HEAP(false);

  private final boolean stable;

  SortAlgorithm(boolean stable) {
    this.stable = stable;
  }

  /**
   * Returns whether this sort keeps equal elements in their original order.
   *
   * @return true for a stable sort
   */
  public boolean isStable() {
    return stable;
  }

  /**
   * Sorts the array into ascending order.
   *
   * @param a the array to sort
   * @throws NullPointerException if {@code a} is null
   */
  public void sort(int[] a) {
    switch (this) {
      case BUBBLE -> BubbleSort.sort(a);
      case SELECTION -> SelectionSort.sort(a);
      case INSERTION -> InsertionSort.sort(a);
      case MERGE -> MergeSort.sort(a);
      case QUICK -> QuickSort.sort(a);
      case HEAP -> HeapSort.sort(a);
      default -> throw new AssertionError(this);
    }
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
  public void sort(int[] a, int fromIndex, int toIndex) {
    switch (this) {
      case BUBBLE -> BubbleSort.sort(a, fromIndex, toIndex);
      case SELECTION -> SelectionSort.sort(a, fromIndex, toIndex);
      case INSERTION -> InsertionSort.sort(a, fromIndex, toIndex);
      case MERGE -> MergeSort.sort(a, fromIndex, toIndex);
      case QUICK -> QuickSort.sort(a, fromIndex, toIndex);
      case HEAP -> HeapSort.sort(a, fromIndex, toIndex);
      default -> throw new AssertionError(this);
    }
  }

  /**
   * Sorts the array into the natural order of its elements.
   *
   * @param a the array to sort
   * @param <T> the element type
   * @throws NullPointerException if {@code a} or one of its elements is null
   */
  public <T extends Comparable<? super T>> void sort(T[] a) {
    switch (this) {
      case BUBBLE -> BubbleSort.sort(a);
      case SELECTION -> SelectionSort.sort(a);
      case INSERTION -> InsertionSort.sort(a);
      case MERGE -> MergeSort.sort(a);
      case QUICK -> QuickSort.sort(a);
      case HEAP -> HeapSort.sort(a);
      default -> throw new AssertionError(this);
    }
  }

  /**
   * Sorts {@code a[fromIndex .. toIndex)} into the natural order of its elements and leaves the
   * rest untouched.
   *
   * @param a the array to sort
   * @param fromIndex the first index to sort, inclusive
   * @param toIndex the last index to sort, exclusive
   * @param <T> the element type
   * @throws NullPointerException if {@code a} or an element in the range is null
   * @throws IllegalArgumentException if {@code fromIndex > toIndex}
   * @throws ArrayIndexOutOfBoundsException if {@code fromIndex < 0} or {@code toIndex > a.length}
   */
  public <T extends Comparable<? super T>> void sort(T[] a, int fromIndex, int toIndex) {
    switch (this) {
      case BUBBLE -> BubbleSort.sort(a, fromIndex, toIndex);
      case SELECTION -> SelectionSort.sort(a, fromIndex, toIndex);
      case INSERTION -> InsertionSort.sort(a, fromIndex, toIndex);
      case MERGE -> MergeSort.sort(a, fromIndex, toIndex);
      case QUICK -> QuickSort.sort(a, fromIndex, toIndex);
      case HEAP -> HeapSort.sort(a, fromIndex, toIndex);
      default -> throw new AssertionError(this);
    }
  }

  /**
   * Sorts the array into the order of {@code comparator}.
   *
   * @param a the array to sort
   * @param comparator the order to sort into
   * @param <T> the element type
   * @throws NullPointerException if {@code a} or {@code comparator} is null
   */
  public <T> void sort(T[] a, Comparator<? super T> comparator) {
    switch (this) {
      case BUBBLE -> BubbleSort.sort(a, comparator);
      case SELECTION -> SelectionSort.sort(a, comparator);
      case INSERTION -> InsertionSort.sort(a, comparator);
      case MERGE -> MergeSort.sort(a, comparator);
      case QUICK -> QuickSort.sort(a, comparator);
      case HEAP -> HeapSort.sort(a, comparator);
      default -> throw new AssertionError(this);
    }
  }

  /**
   * Sorts {@code a[fromIndex .. toIndex)} into the order of {@code comparator} and leaves the rest
   * untouched.
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
  public <T> void sort(T[] a, int fromIndex, int toIndex, Comparator<? super T> comparator) {
    switch (this) {
      case BUBBLE -> BubbleSort.sort(a, fromIndex, toIndex, comparator);
      case SELECTION -> SelectionSort.sort(a, fromIndex, toIndex, comparator);
      case INSERTION -> InsertionSort.sort(a, fromIndex, toIndex, comparator);
      case MERGE -> MergeSort.sort(a, fromIndex, toIndex, comparator);
      case QUICK -> QuickSort.sort(a, fromIndex, toIndex, comparator);
      case HEAP -> HeapSort.sort(a, fromIndex, toIndex, comparator);
      default -> throw new AssertionError(this);
    }
  }
}
