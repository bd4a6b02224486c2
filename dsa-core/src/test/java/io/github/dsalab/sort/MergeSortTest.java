package io.github.dsalab.sort;

class MergeSortTest extends SorterContract {
  @Override
  SortAlgorithm algorithm() {
    return SortAlgorithm.MERGE;
  }
}
