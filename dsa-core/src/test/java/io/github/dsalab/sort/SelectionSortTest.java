package io.github.dsalab.sort;

class SelectionSortTest extends SorterContract {
  @Override
  SortAlgorithm algorithm() {
    return SortAlgorithm.SELECTION;
  }
}
