package io.github.dsalab.sort;

/**
 * Exchanges two array slots. Sorts that move elements only through swaps keep the array a
 * permutation of its input at every instant, which is what makes them safe against a comparator
 * that throws halfway.
 */
final class Swap {
  private Swap() {}

  static void swap(int[] a, int i, int j) {
    int t = a[i];
    a[i] = a[j];
    a[j] = t;
  }

  static void swap(Object[] a, int i, int j) {
    Object t = a[i];
    a[i] = a[j];
    a[j] = t;
  }
}
