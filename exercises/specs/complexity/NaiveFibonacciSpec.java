package io.github.dsalab.exercises.complexity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class NaiveFibonacciSpec {
  @Test
  void startsWithZeroAndOne() {
    assertEquals(0, NaiveFibonacci.fibonacci(0, Long::sum));
    assertEquals(1, NaiveFibonacci.fibonacci(1, Long::sum));
  }

  @Test
  void theTenthIsFiftyFive() {
    assertEquals(55, NaiveFibonacci.fibonacci(10, Long::sum));
  }

  @Test
  void rejectsANegativeIndex() {
    assertThrows(IllegalArgumentException.class, () -> NaiveFibonacci.fibonacci(-1, Long::sum));
  }

  @Property(tries = 25)
  void matchesAnIterativeCount(@ForAll @IntRange(min = 0, max = 22) int n) {
    long previous = 0;
    long current = 1;
    for (int i = 0; i < n; i++) {
      long next = previous + current;
      previous = current;
      current = next;
    }
    assertEquals(previous, NaiveFibonacci.fibonacci(n, Long::sum), "fibonacci(" + n + ")");
  }
}
