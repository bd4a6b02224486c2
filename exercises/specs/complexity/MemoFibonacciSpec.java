package io.github.dsalab.exercises.complexity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.dsalab.exercises.support.Budget;
import io.github.dsalab.exercises.support.InputFamily;
import io.github.dsalab.exercises.support.Stress;
import io.github.dsalab.exercises.support.Workload;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class MemoFibonacciSpec {
  @Test
  void startsWithZeroAndOne() {
    assertEquals(0, MemoFibonacci.fibonacci(0, Long::sum));
    assertEquals(1, MemoFibonacci.fibonacci(1, Long::sum));
  }

  @Test
  @Tag(Stress.TAG)
  void reachesTheNinetiethQuickly() {
    assertEquals(2_880_067_194_370_816_120L, MemoFibonacci.fibonacci(90, Math::addExact));
  }

  @Test
  void rejectsANegativeIndex() {
    assertThrows(IllegalArgumentException.class, () -> MemoFibonacci.fibonacci(-1, Long::sum));
  }

  @Property(tries = 60)
  void matchesAnIterativeCount(@ForAll @IntRange(min = 0, max = 20) int n) {
    long previous = 0;
    long current = 1;
    for (int i = 0; i < n; i++) {
      long next = previous + current;
      previous = current;
      current = next;
    }
    assertEquals(previous, MemoFibonacci.fibonacci(n, Math::addExact), "fibonacci(" + n + ")");
  }

  /** Calls to add for F(n). */
  @Workload(InputFamily.TYPICAL)
  static long additions(int n) {
    long[] calls = {0};
    MemoFibonacci.fibonacci(n, (a, b) -> {
      Budget.spend(++calls[0]);
      return a + b;
    });
    return calls[0];
  }
}
