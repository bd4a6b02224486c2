package io.github.dsalab.sort;

class InsertionSortTest extends SorterContract {
  @Override
  SortAlgorithm algorithm() {
    return SortAlgorithm.INSERTION;
  }
}
