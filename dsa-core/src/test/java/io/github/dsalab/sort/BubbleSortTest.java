package io.github.dsalab.sort;

class BubbleSortTest extends SorterContract {
  @Override
  SortAlgorithm algorithm() {
    return SortAlgorithm.BUBBLE;
  }
}
