package io.github.dsalab.sort;

import java.util.Objects;

/** The argument checks every sort makes, worded as {@link java.util.Arrays#sort(int[])} words them. */
final class SortArguments {
  private SortArguments() {}

  /**
   * Throws the exceptions {@code Arrays.sort} throws for a bad range: an
   * {@link IllegalArgumentException} if {@code fromIndex > toIndex}, otherwise an
   * {@link ArrayIndexOutOfBoundsException} naming the index that lies outside {@code [0, length]}.
   */
  static void checkRange(int length, int fromIndex, int toIndex) {
    if (fromIndex > toIndex) {
      throw new IllegalArgumentException(
          "fromIndex(" + fromIndex + ") > toIndex(" + toIndex + ")");
    }
    if (fromIndex < 0) {
      throw new ArrayIndexOutOfBoundsException(fromIndex);
    }
    if (toIndex > length) {
      throw new ArrayIndexOutOfBoundsException(toIndex);
    }
  }

  /** Checks an {@code int[]} range: the array is not null and the range lies inside it. */
  static void checkArray(int[] a, int fromIndex, int toIndex) {
    Objects.requireNonNull(a, "a");
    checkRange(a.length, fromIndex, toIndex);
  }

  /** Checks an object range sorted by a comparator. */
  static void checkArray(Object[] a, int fromIndex, int toIndex, Object comparator) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(comparator, "comparator");
    checkRange(a.length, fromIndex, toIndex);
  }

  /**
   * Checks an object range sorted in natural order. Nulls are rejected up front, even in a range of
   * one element that no comparison would touch, so the outcome never depends on the algorithm.
   */
  static void checkNaturalOrder(Object[] a, int fromIndex, int toIndex) {
    Objects.requireNonNull(a, "a");
    checkRange(a.length, fromIndex, toIndex);
    for (int i = fromIndex; i < toIndex; i++) {
      if (a[i] == null) {
        throw new NullPointerException("a[" + i + "] is null; natural order has no place for null");
      }
    }
  }
}
