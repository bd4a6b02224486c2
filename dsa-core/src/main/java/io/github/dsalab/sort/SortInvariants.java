package io.github.dsalab.sort;

import java.util.Comparator;

/** Invariant checks for {@code assert} statements and tests; none of them is part of the API. */
final class SortInvariants {
  private SortInvariants() {}

  static boolean isSorted(int[] a, int fromIndex, int toIndex) {
    for (int i = fromIndex + 1; i < toIndex; i++) {
      if (a[i - 1] > a[i]) {
        return false;
      }
    }
    return true;
  }

  static <T> boolean isSorted(T[] a, int fromIndex, int toIndex, Comparator<? super T> comparator) {
    for (int i = fromIndex + 1; i < toIndex; i++) {
      if (comparator.compare(a[i - 1], a[i]) > 0) {
        return false;
      }
    }
    return true;
  }

  /** True if {@code a[base .. base + size)} is a max-heap: no child is larger than its parent. */
  static boolean isMaxHeap(int[] a, int base, int size) {
    for (int child = 1; child < size; child++) {
      if (a[base + (child - 1) / 2] < a[base + child]) {
        return false;
      }
    }
    return true;
  }

  static <T> boolean isMaxHeap(T[] a, int base, int size, Comparator<? super T> comparator) {
    for (int child = 1; child < size; child++) {
      if (comparator.compare(a[base + (child - 1) / 2], a[base + child]) < 0) {
        return false;
      }
    }
    return true;
  }
}
