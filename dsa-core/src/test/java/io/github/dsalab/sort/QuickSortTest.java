package io.github.dsalab.sort;

class QuickSortTest extends SorterContract {
  @Override
  SortAlgorithm algorithm() {
    return SortAlgorithm.QUICK;
  }
}
