package io.github.dsalab.sort;

class HeapSortTest extends SorterContract {
  @Override
  SortAlgorithm algorithm() {
    return SortAlgorithm.HEAP;
  }
}
