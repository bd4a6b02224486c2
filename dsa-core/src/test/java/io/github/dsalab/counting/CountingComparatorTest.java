package io.github.dsalab.counting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Comparator;
import org.junit.jupiter.api.Test;

class CountingComparatorTest {

  @Test
  void countsEveryCallAndDelegatesTheResult() {
    CountingComparator<Integer> cmp = CountingComparator.naturalOrder();
    assertEquals(-1, Integer.signum(cmp.compare(1, 2)));
    assertEquals(1, Integer.signum(cmp.compare(3, 2)));
    assertEquals(0, cmp.compare(2, 2));
    assertEquals(3, cmp.count());
    cmp.reset();
    assertEquals(0, cmp.count());
  }

  @Test
  void countsACallThatThrows() {
    CountingComparator<String> cmp =
        CountingComparator.of(
            (a, b) -> {
              throw new IllegalStateException("boom");
            });
    assertThrows(IllegalStateException.class, () -> cmp.compare("a", "b"));
    assertEquals(1, cmp.count());
  }

  @Test
  void rejectsNullDelegateByName() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> CountingComparator.of((Comparator<Object>) null));
    assertEquals("delegate", e.getMessage());
    assertEquals("delegate", assertThrows(NullPointerException.class, () -> CountingIntPredicate.of(null)).getMessage());
    assertEquals("delegate", assertThrows(NullPointerException.class, () -> CountingLongPredicate.of(null)).getMessage());
  }

  @Test
  void predicatesCountTests() {
    CountingIntPredicate p = CountingIntPredicate.of(x -> x > 3);
    p.test(1);
    p.test(5);
    assertEquals(2, p.count());
    CountingLongPredicate q = CountingLongPredicate.of(x -> x > 3);
    q.test(7L);
    assertEquals(1, q.count());
    q.reset();
    assertEquals(0, q.count());
  }
}
