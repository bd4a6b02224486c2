package io.github.dsalab.sort;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Ten million elements, sorted, reversed and all equal: the inputs that overflow the stack of a
 * quicksort that recurses into both parts, or of any recursion deeper than {@code O(log n)}.
 * Only the recursive {@code O(n log n)} sorts get every shape; heap sort, which has no recursion at
 * all, gets one shape to show it copes with the size.
 */
class LargeInputTest {
  private static final int N = 10_000_000;

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of(SortAlgorithm.QUICK, Shapes.SORTED),
        Arguments.of(SortAlgorithm.QUICK, Shapes.REVERSED),
        Arguments.of(SortAlgorithm.QUICK, Shapes.ALL_EQUAL),
        Arguments.of(SortAlgorithm.MERGE, Shapes.SORTED),
        Arguments.of(SortAlgorithm.MERGE, Shapes.REVERSED),
        Arguments.of(SortAlgorithm.MERGE, Shapes.ALL_EQUAL),
        Arguments.of(SortAlgorithm.HEAP, Shapes.REVERSED));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void tenMillionIntsNeedNoDeepStack(SortAlgorithm algorithm, Shapes shape) {
    int[] a = shape.of(N);
    algorithm.sort(a);
    assertTrue(SortInvariants.isSorted(a, 0, N));
  }
}
